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
import { ORGANIZATIONS, PEOPLE, SOURCES, type PoolName } from '../distractors/pools.js';
import { excerpt, questionEvidence } from '../excerpt.js';
import { fromPool, knownOrganizations, knownPeople, knownSources, type KnownName } from '../known-names.js';
import { mentionsAny, personSpellings } from '../mentions.js';
import type { Category } from '../types.js';

/** Names from the corpus and the pool that `article` does not mention, as shown. */
function absentNames(article: Article, known: readonly KnownName[], pool: readonly PoolName[], person: boolean): string[] {
  const text = `${article.title}\n${article.body}`;
  return [...known, ...pool.map((p) => fromPool(p, person))].filter((k) => !mentionsAny(text, k.spellings)).map((k) => k.display);
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
    explanation: `${t.explain.answer(input.correct)} ${t.explain.says(ctx.label(article), t.quote(excerpt(article, first)))}`,
    evidence: input.evidence.map((e) => questionEvidence(article, e)),
    articles: [article.file],
    about: input.about,
  };
}

/** How many articles mention a matrix row. */
function reach(ctx: Context, key: string): number {
  const row = ctx.matrix.rows.find((r) => r.key === key);
  return row ? Object.values(row.cells).filter(Boolean).length : 0;
}

function institutionDraft(ctx: Context, { article, facts }: ArticleFacts, known: readonly KnownName[]): Draft | undefined {
  const label = ctx.label(article);
  const cited = factsOf(facts, 'source').map((s) => s.name);
  const here = known
    .filter((k) => factsOf(facts, 'organization').some((f) => `organization:${f.canonical}` === k.key))
    // Not given away by the article's label, and not the cited source (the source question asks for that).
    .filter((k) => !mentionsAny(label, k.spellings) && !mentionsAny(cited.join('\n'), k.spellings))
    // The most specific first: mentioned by the fewest articles.
    .sort((a, b) => reach(ctx, a.key) - reach(ctx, b.key));
  const candidates = absentNames(article, known, ORGANIZATIONS, false);
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

/** Whether any of the articles names `name` in `role`. */
function holdsRole(all: readonly ArticleFacts[], name: string, role: string): boolean {
  return all.some(({ facts }) => factsOf(facts, 'person').some((p) => p.role === role && p.name === name));
}

function personDrafts(ctx: Context, { article, facts }: ArticleFacts, known: readonly KnownName[]): Draft[] {
  const label = ctx.label(article);
  const roles = catalog(ctx.lang).common.roles;
  const people = factsOf(facts, 'person');
  const candidates = absentNames(article, known, PEOPLE, true);
  const out: Draft[] = [];
  // One question per person named with a role, on the first role given, and one per role
  // (two questions with the same stem and different answers would confuse).
  const askedNames = new Set<string>();
  const askedRoles = new Set<string>();
  for (const person of people) {
    const role = person.role;
    if (!role || askedNames.has(person.name) || askedRoles.has(role) || mentionsAny(label, personSpellings(person.name))) continue;
    askedNames.add(person.name);
    askedRoles.add(role);
    const draft = nameDraft(ctx, article, {
      key: `person|${article.file}|${role}|${person.name.toLowerCase()}`,
      about: `person:${person.name.toLowerCase()}`,
      category: 'person',
      stem: ctx.text.stems.person(label, roles[role]),
      correct: person.name,
      // Never someone another article gives the same role: that option would be true elsewhere.
      candidates: candidates.filter((name) => !holdsRole(ctx.all, name, role)),
      evidence: people.filter((p) => p.role === role && p.name === person.name).map((p) => p.evidence),
    });
    if (draft) out.push(draft);
  }
  return out;
}

function sourceDraft(ctx: Context, { article, facts }: ArticleFacts, known: readonly KnownName[]): Draft | undefined {
  const label = ctx.label(article);
  const source = factsOf(facts, 'source').find((s) => !mentionsAny(label, [s.name]));
  if (!source) return undefined;
  return nameDraft(ctx, article, {
    key: `source|${article.file}|${source.name.toLowerCase()}`,
    about: `source:${source.name.toLowerCase()}`,
    category: 'source',
    stem: ctx.text.stems.source(label),
    correct: source.name,
    candidates: absentNames(article, known, SOURCES, false),
    evidence: factsOf(facts, 'source')
      .filter((s) => s.name === source.name)
      .map((s) => s.evidence),
  });
}

export function nameDrafts(ctx: Context): Draft[] {
  const organizations = knownOrganizations(ctx.all, ctx.lang);
  const people = knownPeople(ctx.all);
  const sources = knownSources(ctx.all);
  return ctx.all.flatMap((a) => [
    ...[institutionDraft(ctx, a, organizations)].filter((d): d is Draft => d !== undefined),
    ...personDrafts(ctx, a, people),
    ...[sourceDraft(ctx, a, sources)].filter((d): d is Draft => d !== undefined),
  ]);
}
