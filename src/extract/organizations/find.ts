/**
 * All organizations of an article: the well-known institutions of the registry
 * first, then what the general rules find (institutional heads, appositions,
 * kind nouns, employers after a role, possessives, credits), short forms of
 * names found with a legal-form head, and acronyms defined in brackets.
 */
import type { Article } from '../../facts.js';
import { allMatches } from '../matches.js';
import { appositivesIn } from './appositive.js';
import type { Candidate } from './candidate.js';
import { classifiedIn } from './classifiers.js';
import { creditsIn } from './credits.js';
import { employersIn } from './employers.js';
import { headMatchesIn, type HeadMatch } from './heads.js';
import type { InstitutionKind } from './institutions.js';
import { possessivesIn } from './possessive.js';
import { knownIn, type KnownMatch } from './registry.js';
import { escapeRegExp, isStopWord } from './words.js';

export interface OrganizationMatch {
  /** As written. */
  name: string;
  canonical: string;
  /** Set for institutions of the registry. */
  kind?: InstitutionKind;
  /** Offsets in the article body. */
  start: number;
  end: number;
}

const memo = new WeakMap<Article, OrganizationMatch[]>();

/** Rules that find a name by what the sentence says about it. */
const DESCRIPTIONS = [appositivesIn, classifiedIn, employersIn, possessivesIn];

const atSentenceStart = (text: string, pos: number) => /^[\s"“”„«»'‘’(–—-]*$/u.test(text.slice(0, pos));

/**
 * At the start of a sentence every word is capitalized ("Große Studios …"): a
 * one-word name there counts when it is an acronym or brand-cased ("A24",
 * "OpenAI"), or when the article also writes it capitalized inside a sentence.
 */
function confirmedName(body: string, core: string): boolean {
  if (/\s/.test(core) || /\p{N}|\p{Lu}.*\p{Lu}/u.test(core)) return true;
  const inside = new RegExp(`[\\p{L}\\p{N},;]\\s+${escapeRegExp(core)}(?![\\p{L}\\p{N}])`, 'u');
  return inside.test(body);
}

/** Whether `body.slice(from, to)` is white space and not empty (without copying it). */
function onlySpace(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!/\s/.test(body[i]!)) return false;
  return true;
}

/** What the rules find in one sentence. */
interface SentenceFinds {
  known: KnownMatch[];
  credits: Candidate[];
  heads: HeadMatch[];
  /** Of each rule of `DESCRIPTIONS`. */
  described: Candidate[][];
}

/**
 * What the rules find in each sentence of each article. Each rule reads every
 * sentence of all the articles before the next rule starts, which keeps its
 * compiled patterns in the processor's caches (a sentence at a time, one
 * rule's code evicts the other's).
 */
function findsIn(articles: readonly Article[]): SentenceFinds[][] {
  const sentences = articles.flatMap((article) => article.sentences.map((s) => ({ text: s.text, lang: article.language })));
  const known = sentences.map((s) => knownIn(s.text, s.lang));
  const credits = sentences.map((s) => creditsIn(s.text, s.lang));
  const heads = sentences.map((s) => headMatchesIn(s.text, s.lang));
  const described = DESCRIPTIONS.map((rule) => sentences.map((s) => rule(s.text, s.lang)));
  let next = 0;
  return articles.map((article) =>
    article.sentences.map(() => {
      const i = next++;
      return { known: known[i]!, credits: credits[i]!, heads: heads[i]!, described: described.map((found) => found[i]!) };
    }),
  );
}

/** The organizations of an article. */
export function findOrganizations(article: Article): OrganizationMatch[] {
  const found = memo.get(article);
  if (found) return found;
  findAllOrganizations([article]);
  return memo.get(article)!;
}

/** Finds the organizations of all the articles at once, for `findOrganizations` to give out (faster than one article at a time). */
export function findAllOrganizations(articles: readonly Article[]): void {
  const unread = articles.filter((article) => !memo.has(article));
  findsIn(unread).forEach((finds, i) => memo.set(unread[i]!, organizationsOf(unread[i]!, finds)));
}

/** The organizations of an article from what the rules found in its sentences. */
function organizationsOf(article: Article, finds: readonly SentenceFinds[]): OrganizationMatch[] {
  const lang = article.language;
  const known: OrganizationMatch[] = [];
  const rules: OrganizationMatch[] = [];
  const shortForms = new Map<string, string>();
  const inBody = (c: Candidate, offset: number): OrganizationMatch => ({ ...c, start: c.start + offset, end: c.end + offset });

  // Results are taken in sentence order.
  article.sentences.forEach((s, i) => {
    const found = finds[i]!;
    for (const m of found.known) known.push({ name: m.name, canonical: m.known.canonical, kind: m.known.kind, start: m.start + s.start, end: m.end + s.start });
    for (const c of found.credits) (c.kind ? known : rules).push(inBody(c, s.start));
    for (const h of found.heads) {
      if (h.coreFirst && atSentenceStart(s.text, h.start) && !confirmedName(article.body, h.core)) continue;
      rules.push(inBody(h, s.start));
      if (h.corporate && h.core.length > 1 && !isStopWord(h.core, lang)) shortForms.set(h.core, h.canonical);
    }
    for (const described of found.described) for (const c of described) rules.push(inBody(c, s.start));
  });
  for (const [core, canonical] of shortForms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)${escapeRegExp(core)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of allMatches(article.body, re)) rules.push({ name: core, canonical, start: m.index, end: m.index + core.length });
  }

  const accepted: OrganizationMatch[] = [];
  // A rule's name may not overlap another, nor go on right after a known name ("ProSiebenSat.1 Media SE").
  const overlaps = (m: OrganizationMatch) =>
    accepted.some((a) => (m.start < a.end && a.start < m.end) || (!m.kind && a.kind && onlySpace(article.body, a.end, m.start)));
  const byPosition = (a: OrganizationMatch, b: OrganizationMatch) => a.start - b.start || b.end - a.end;
  for (const m of [...known.sort(byPosition), ...rules.sort(byPosition)]) if (!overlaps(m)) accepted.push(m);
  accepted.push(...definedAcronyms(article.body, accepted).filter((m) => !overlaps(m)));
  accepted.sort(byPosition);
  return accepted;
}

/** "Deutsche Fußball Liga (DFL)": the acronym in brackets after a name, wherever it stands, is that institution. */
/** An acronym in brackets (sticky: read right after a name, in place). */
const BRACKETED_ACRONYM = /\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)/uy;

function definedAcronyms(body: string, found: readonly OrganizationMatch[]): OrganizationMatch[] {
  const out: OrganizationMatch[] = [];
  for (const o of found) {
    BRACKETED_ACRONYM.lastIndex = o.end;
    const acronym = BRACKETED_ACRONYM.exec(body)?.[1];
    if (!acronym || found.some((f) => f.name === acronym)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of allMatches(body, re)) out.push({ name: acronym, canonical: o.canonical, ...(o.kind ? { kind: o.kind } : {}), start: m.index, end: m.index + acronym.length });
  }
  return out;
}
