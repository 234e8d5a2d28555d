/**
 * Questions across articles, built from the fact matrix: which article reports a
 * figure (or does not), which cites a source, which mentions a name (or does
 * not), and whether the articles that report a figure agree. An article is
 * offered as "does not report it" only when that is certain: it has no fact of
 * the kind without a role (figures), or none of the name's spellings occurs in
 * its text (names).
 */
import type { Row } from '../../compare/matrix.js';
import { factsOf, type ArticleFacts, type Evidence } from '../../facts.js';
import type { Figure, NumericFigure } from '../../i18n/sections/quiz.js';
import type { Context } from '../context.js';
import type { Draft } from '../draft.js';
import { pickDistractors } from '../distractors/pick.js';
import { excerpt, questionEvidence } from '../excerpt.js';
import { hash32 } from '../random.js';
import type { KnownName } from '../known-names.js';
import { MentionIndex } from '../mention-index.js';

const FIGURES: readonly Figure[] = ['speedup', 'budget', 'revenue', 'revenue-growth', 'profit', 'profit-growth'];

/** The article certainly does not state the figure: no fact of its kind that might be it. */
function certainlyAbsent({ facts }: ArticleFacts, figure: Figure): boolean {
  switch (figure) {
    case 'speedup':
      return factsOf(facts, 'speedup').length === 0;
    case 'budget':
      return factsOf(facts, 'budget').length === 0 && !factsOf(facts, 'money').some((f) => f.role === 'budget');
    case 'revenue':
    case 'profit':
      return factsOf(facts, 'money').every((f) => f.role !== undefined && f.role !== figure);
    case 'revenue-growth':
    case 'profit-growth':
      return factsOf(facts, 'percent').every((f) => f.role !== undefined && f.role !== figure);
  }
}

const cellEvidence = (row: Row, a: ArticleFacts): Evidence[] => row.cells[a.article.file]?.evidence ?? [];

/**
 * Articles offered as wrong answers to one "which article" question at most:
 * the first ones in order. Below it every article is a candidate; it keeps the
 * work per question bounded when hundreds of articles are loaded.
 */
const MAX_OTHER_ARTICLES = 200;

/** The articles on one side of a question, read without listing them all. */
interface Side {
  readonly length: number;
  at(i: number): ArticleFacts | undefined;
  /** The first `n`, in order. */
  first(n: number): ArticleFacts[];
}

/** A side that is a list. (Sides are classes: questions make many, and their methods are shared.) */
class ListSide implements Side {
  constructor(private readonly list: readonly ArticleFacts[]) {}

  get length(): number {
    return this.list.length;
  }

  at(i: number): ArticleFacts | undefined {
    return this.list[i];
  }

  first(n: number): ArticleFacts[] {
    return this.list.slice(0, n);
  }
}

/** The articles of `all` except those at the positions `excluded` (in ascending order). */
class AllBut implements Side {
  private readonly skip: ReadonlySet<number>;

  constructor(
    private readonly all: readonly ArticleFacts[],
    private readonly excluded: readonly number[],
  ) {
    this.skip = new Set(excluded);
  }

  get length(): number {
    return this.all.length - this.skip.size;
  }

  at(i: number): ArticleFacts | undefined {
    let pos = i;
    for (const e of this.excluded) if (e <= pos) pos++;
    return pos < this.all.length ? this.all[pos] : undefined;
  }

  first(n: number): ArticleFacts[] {
    const out: ArticleFacts[] = [];
    for (let i = 0; i < this.all.length && out.length < n; i++) if (!this.skip.has(i)) out.push(this.all[i]!);
    return out;
  }
}

interface WhichInput {
  key: string;
  stem: string;
  /** The articles that state it (with their evidence) and those that certainly do not. */
  yes: Side;
  no: Side;
  /** Ask for the one that does ('yes') or the one that does not ('no'). */
  ask: 'yes' | 'no';
  evidence(a: ArticleFacts): Evidence[];
  /** For names: "‹article› does not mention ‹name›." */
  absence?(article: string): string;
}

/** "Which of these articles …?": one article of the asked side, three of the other. */
function whichDraft(ctx: Context, input: WhichInput): Draft | undefined {
  const { text: t } = ctx;
  const [asked, other] = input.ask === 'yes' ? [input.yes, input.no] : [input.no, input.yes];
  // The article asked for depends on the question only, not on the seed, so the question keeps its id.
  const target = asked.at(hash32(input.key) % Math.max(1, asked.length));
  const random = ctx.random(input.key);
  if (!target || other.length < 3) return undefined;
  const byLabel = new Map(other.first(MAX_OTHER_ARTICLES).map((a) => [ctx.label(a.article), a]));
  const correct = ctx.label(target.article);
  const distractors = pickDistractors(correct, [...byLabel.keys()], random, ctx.nextLongest());
  if (!distractors) return undefined;
  const others = distractors.map((l) => byLabel.get(l)!);
  // Only articles with evidence can be quoted; the quotes are made when the explanation is.
  const quoted = (a: ArticleFacts) => input.evidence(a).length > 0;
  const quoteOf = (a: ArticleFacts) => t.quote(excerpt(a.article, input.evidence(a)[0]!));
  let explanation: () => string;
  let evidence: ArticleFacts[];
  if (input.ask === 'yes') {
    if (!quoted(target)) return undefined;
    explanation = () => `${t.explain.says(correct, quoteOf(target))} ${t.explain.othersNot}`;
    evidence = [target];
  } else {
    const example = others.find(quoted);
    if (!example) return undefined;
    const absence = input.absence ? ` ${input.absence(correct)}` : '';
    explanation = () => `${t.explain.answer(correct)}${absence} ${t.explain.forExample(ctx.label(example.article), quoteOf(example))} ${t.explain.othersDo}`;
    evidence = others;
  }
  return {
    key: `${input.key}|${target.article.file}`,
    category: 'comparison',
    stem: input.stem,
    correct,
    distractors,
    explain: () => ({ explanation: explanation(), evidence: evidence.flatMap((a) => input.evidence(a).map((e) => questionEvidence(a.article, e))) }),
    articles: [target, ...others].map((a) => a.article.file),
  };
}

function figureQuestions(ctx: Context, row: Row, figure: Figure): Draft[] {
  const yes = ctx.statedBy(row);
  const no = ctx.all.filter((a) => !row.cells[a.article.file] && certainlyAbsent(a, figure));
  const evidence = (a: ArticleFacts) => cellEvidence(row, a);
  const sides = { yes: new ListSide(yes), no: new ListSide(no) };
  const out: Array<Draft | undefined> = [
    whichDraft(ctx, { key: `comparison|reports|${row.key}`, stem: ctx.text.stems.reports[figure], ...sides, ask: 'yes', evidence }),
    whichDraft(ctx, { key: `comparison|not-reports|${row.key}`, stem: ctx.text.stems.notReports[figure], ...sides, ask: 'no', evidence }),
  ];
  if (figure !== 'budget' && yes.length >= 2 && yes.length + no.length === ctx.all.length && row.status !== 'single') {
    out.push(agreementDraft(ctx, row, figure, yes));
  }
  return out.filter((d): d is Draft => d !== undefined);
}

/** How many articles report the figure and whether they agree; the count is certain because every other article certainly does not. */
function agreementDraft(ctx: Context, row: Row, figure: NumericFigure, yes: readonly ArticleFacts[]): Draft | undefined {
  const { text: t } = ctx;
  const status = row.status === 'agree' ? 'agree' : 'differ';
  const correct = t.options.agreement(yes.length, status);
  const candidates = [t.options.agreement(1, 'single')];
  for (let n = 2; n <= ctx.all.length; n++) candidates.push(t.options.agreement(n, 'agree'), t.options.agreement(n, 'differ'));
  const key = `comparison|agreement|${row.key}`;
  const distractors = pickDistractors(correct, candidates, ctx.random(key), ctx.nextLongest());
  if (!distractors) return undefined;
  // With many articles, each is quoted by its evidence alone to keep the explanation short.
  const quote = (a: ArticleFacts) => {
    const e = cellEvidence(row, a)[0]!;
    return t.explain.says(ctx.label(a.article), t.quote(yes.length > 2 ? e.text : excerpt(a.article, e)));
  };
  return {
    key,
    category: 'comparison',
    stem: t.stems.agreement[figure],
    correct,
    distractors,
    explain: () => ({
      explanation: `${t.explain.answer(correct)} ${yes.map(quote).join('; ')}`,
      evidence: yes.flatMap((a) => cellEvidence(row, a).map((e) => questionEvidence(a.article, e))),
    }),
    articles: yes.map((a) => a.article.file),
  };
}

/** What the name questions check names against, each made once. */
interface NameChecks {
  /** The labels of all articles as one text: an option that contains the name would give the answer away. */
  labels: MentionIndex;
  /** The known sources' spellings, one text per source. */
  sources: MentionIndex;
}

/**
 * Which article mentions (or cites) a name, or which does not. When only one
 * article mentions it and a question on that article already asks for the name
 * (`asked`: "file|row key"), asking which article mentions it would repeat that
 * question backwards, so it is left out.
 */
function nameQuestion(ctx: Context, row: Row, name: KnownName, kind: 'name' | 'source', asked: ReadonlySet<string>, checks: NameChecks): Draft | undefined {
  if (checks.labels.mentionsAny(0, name.spellings)) return undefined;
  const yes = new ListSide(ctx.statedBy(row));
  const no = new AllBut(ctx.all, ctx.texts.mentioning(name.spellings));
  const only = yes.length === 1 ? yes.at(0)! : undefined;
  if (only && asked.has(`${only.article.file}|${row.key}`)) return undefined;
  const evidence = (a: ArticleFacts) => cellEvidence(row, a);
  const { stems, explain } = ctx.text;
  if (kind === 'source') return whichDraft(ctx, { key: `comparison|cites|${row.key}`, stem: stems.cites(name.display), yes, no, ask: 'yes', evidence });
  // Which one mentions it, else (when most do) which one does not.
  const asks: Array<'yes' | 'no'> = [];
  if (yes.length >= 1 && no.length >= 3) asks.push('yes');
  if (no.length >= 1 && yes.length >= 3) asks.push('no');
  const ask = asks[0];
  if (!ask) return undefined;
  return whichDraft(ctx, {
    key: `comparison|${ask === 'yes' ? 'mentions' : 'not-mentions'}|${row.key}`,
    stem: ask === 'yes' ? stems.mentions(name.display) : stems.notMentions(name.display),
    yes,
    no,
    ask,
    evidence,
    absence: (article) => explain.notMentioned(article, name.display),
  });
}

/** `asked`: the names already asked of one article, as "file|row key". */
export function comparisonDrafts(ctx: Context, asked: ReadonlySet<string>): Draft[] {
  const organizations = new Map(ctx.known.organizations.map((k) => [k.key, k]));
  const people = new Map(ctx.known.people.map((k) => [k.key, k]));
  const sources = new Map(ctx.known.sources.map((k) => [k.key, k]));
  const checks: NameChecks = {
    labels: new MentionIndex([ctx.all.map((a) => ctx.label(a.article)).join('\n')]),
    sources: new MentionIndex([...sources.values()].map((s) => s.spellings.join('\n'))),
  };
  const out: Array<Draft | undefined> = [];
  for (const row of ctx.matrix.rows) {
    if ((FIGURES as readonly string[]).includes(row.kind)) out.push(...figureQuestions(ctx, row, row.kind as Figure));
    else if (row.kind === 'source') out.push(nameQuestion(ctx, row, sources.get(row.key)!, 'source', asked, checks));
    else if (row.kind === 'person') out.push(nameQuestion(ctx, row, people.get(row.key)!, 'name', asked, checks));
    else if (row.kind === 'organization') {
      const org = organizations.get(row.key)!;
      // A cited source has its own question.
      const cited = checks.sources.mentioning(org.spellings).length > 0;
      if (!cited) out.push(nameQuestion(ctx, row, org, 'name', asked, checks));
    }
  }
  return out.filter((d): d is Draft => d !== undefined);
}
