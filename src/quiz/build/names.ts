/**
 * Questions on the names one article gives: an organization it mentions, the
 * person it names in a role, the source it cites. Wrong options are names from
 * the other articles or from a small pool, each checked to be absent from the
 * article's text in every spelling.
 */
import { catalog } from '../../i18n/catalog.js';
import { factsOf, type Article, type ArticleFacts, type Evidence } from '../../facts.js';
import type { Context } from '../context.js';
import type { Draft } from '../draft.js';
import { pickDistractors } from '../distractors/pick.js';
import { ORGANIZATIONS, PEOPLE, SOURCES } from '../distractors/pools.js';
import { excerpt, questionEvidence } from '../excerpt.js';
import { fromPool, type KnownName } from '../known-names.js';
import { mentionsAny, personSpellings } from '../mentions.js';
import type { Category } from '../types.js';

/**
 * Wrong names offered for one question at most: the first ones the corpus and
 * the pool give. Below it every name is a candidate; it keeps the work per
 * question bounded when hundreds of articles are loaded.
 */
const MAX_NAME_CANDIDATES = 200;

/** The pools as known names, made once. */
const POOL_ORGANIZATIONS = ORGANIZATIONS.map((p) => fromPool(p));
const POOL_PEOPLE = PEOPLE.map((p) => fromPool(p, true));
const POOL_SOURCES = SOURCES.map((p) => fromPool(p));

/** The wrong names of one kind that the article at a position does not mention, as shown (at most MAX_NAME_CANDIDATES). */
type AbsentNames = (at: number) => string[];

/** Absent names taken from `names` (the corpus's, then the pool's), in order. */
function absentNames(ctx: Context, names: readonly KnownName[]): AbsentNames {
  // The index finds the texts that mention each name once, when first asked (most articles stop short of the end).
  return (at) => {
    const out: string[] = [];
    for (let i = 0; i < names.length && out.length < MAX_NAME_CANDIDATES; i++) {
      if (!ctx.texts.mentionsAny(at, names[i]!.spellings)) out.push(names[i]!.display);
    }
    return out;
  };
}

interface NameDraftInput {
  key: string;
  /** The fact-matrix row of the name. */
  about: string;
  category: Category;
  stem: string;
  correct: string;
  candidates: string[];
  evidence: Evidence[];
}

function nameDraft(ctx: Context, article: Article, input: NameDraftInput): Draft | undefined {
  const { text: t } = ctx;
  const distractors = pickDistractors(input.correct, input.candidates, ctx.random(input.key), ctx.nextLongest());
  const first = input.evidence[0];
  if (!distractors || !first) return undefined;
  return {
    key: input.key,
    category: input.category,
    stem: input.stem,
    correct: input.correct,
    distractors,
    explain: () => ({
      explanation: `${t.explain.answer(input.correct)} ${t.explain.says(ctx.label(article), t.quote(excerpt(article, first)))}`,
      evidence: input.evidence.map((e) => questionEvidence(article, e)),
    }),
    articles: [article.file],
    about: input.about,
  };
}

/** How many articles mention a matrix row. */
function reach(ctx: Context, key: string): number {
  const row = ctx.rows.get(key);
  return row ? ctx.statedBy(row).length : 0;
}

/** The known organizations, with their position in the list by key. */
interface KnownOrganizations {
  list: readonly KnownName[];
  position: ReadonlyMap<string, number>;
}

function institutionDraft(ctx: Context, { article, facts }: ArticleFacts, at: number, known: KnownOrganizations, absent: AbsentNames): Draft | undefined {
  const label = ctx.label(article);
  const citedNames = factsOf(facts, 'source').map((s) => s.name).join('\n');
  const here = [...new Set(factsOf(facts, 'organization').map((f) => known.position.get(`organization:${f.canonical}`)!))]
    .sort((a, b) => a - b)
    .map((i) => known.list[i]!)
    // Not given away by the article's label, and not the cited source (the source question asks for that).
    .filter((k) => !ctx.labels.mentionsAny(at, k.spellings) && !mentionsAny(citedNames, k.spellings))
    // The most specific first: mentioned by the fewest articles.
    .sort((a, b) => reach(ctx, a.key) - reach(ctx, b.key));
  if (!here.length) return undefined;
  const candidates = absent(at);
  for (const k of here) {
    const evidence = factsOf(facts, 'organization')
      .filter((f) => `organization:${f.canonical}` === k.key)
      .map((f) => f.evidence);
    const draft = nameDraft(ctx, article, {
      key: `institution|${article.file}|${k.key}`,
      about: k.key,
      category: 'institution',
      stem: ctx.text.stems.institution(label),
      correct: k.display,
      candidates,
      evidence,
    });
    if (draft) return draft;
  }
  return undefined;
}

/** The names the articles give each role. */
function roleHolders(all: readonly ArticleFacts[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { facts } of all) {
    for (const p of factsOf(facts, 'person')) if (p.role) out.set(p.role, (out.get(p.role) ?? new Set()).add(p.name));
  }
  return out;
}

function personDrafts(ctx: Context, { article, facts }: ArticleFacts, at: number, absent: AbsentNames, holders: ReadonlyMap<string, ReadonlySet<string>>): Draft[] {
  const label = ctx.label(article);
  const roles = catalog(ctx.lang).common.roles;
  const people = factsOf(facts, 'person');
  // Made for the first person asked about: most articles name nobody with a role.
  let candidates: string[] | undefined;
  const out: Draft[] = [];
  // One question per person named with a role, on the first role given, and one per role
  // (two questions with the same stem and different answers would confuse).
  const askedNames = new Set<string>();
  const askedRoles = new Set<string>();
  for (const person of people) {
    const role = person.role;
    if (!role || askedNames.has(person.name) || askedRoles.has(role) || ctx.labels.mentionsAny(at, personSpellings(person.name))) continue;
    askedNames.add(person.name);
    askedRoles.add(role);
    const draft = nameDraft(ctx, article, {
      key: `person|${article.file}|${role}|${person.name.toLowerCase()}`,
      about: `person:${person.name.toLowerCase()}`,
      category: 'person',
      stem: ctx.text.stems.person(label, roles[role]),
      correct: person.name,
      // Never someone another article gives the same role: that option would be true elsewhere.
      candidates: (candidates ??= absent(at)).filter((name) => !holders.get(role)?.has(name)),
      evidence: people.filter((p) => p.role === role && p.name === person.name).map((p) => p.evidence),
    });
    if (draft) out.push(draft);
  }
  return out;
}

function sourceDraft(ctx: Context, { article, facts }: ArticleFacts, at: number, absent: AbsentNames): Draft | undefined {
  const label = ctx.label(article);
  const source = factsOf(facts, 'source').find((s) => !ctx.labels.mentionsAny(at, [s.name]));
  if (!source) return undefined;
  return nameDraft(ctx, article, {
    key: `source|${article.file}|${source.name.toLowerCase()}`,
    about: `source:${source.name.toLowerCase()}`,
    category: 'source',
    stem: ctx.text.stems.source(label),
    correct: source.name,
    candidates: absent(at),
    evidence: factsOf(facts, 'source')
      .filter((s) => s.name === source.name)
      .map((s) => s.evidence),
  });
}

export function nameDrafts(ctx: Context): Draft[] {
  const list = ctx.known.organizations;
  const organizations = { list, position: new Map(list.map((k, i) => [k.key, i])) };
  const absent = {
    organizations: absentNames(ctx, [...list, ...POOL_ORGANIZATIONS]),
    people: absentNames(ctx, [...ctx.known.people, ...POOL_PEOPLE]),
    sources: absentNames(ctx, [...ctx.known.sources, ...POOL_SOURCES]),
  };
  const holders = roleHolders(ctx.all);
  const out: Draft[] = [];
  ctx.all.forEach((a, at) => {
    const institution = institutionDraft(ctx, a, at, organizations, absent.organizations);
    if (institution) out.push(institution);
    out.push(...personDrafts(ctx, a, at, absent.people, holders));
    const source = sourceDraft(ctx, a, at, absent.sources);
    if (source) out.push(source);
  });
  return out;
}
