/**
 * Creative works named with their genre: "the series El Eternauta",
 * "der Serie "El Eternauta"", "sci-fi-serien El Eternauta", "la série
 * « Le Bureau des légendes »". A title is taken only where its extent is
 * certain: quoted, or a run of capitalized words with a clear end. Anything
 * else is left out, so no title is ever cut short.
 */
import { evidenceAt } from '../../extract/evidence.js';
import type { Article, Evidence, Lang } from '../../facts.js';
import type { WorkGenre } from '../../i18n/sections/summary.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import type { WorkRules } from './rules.js';
import { isDigit, letterBefore } from '../../text/chars.js';

const RULES: Record<Lang, WorkRules> = { en, de, nl, nb, es, fr };

export interface WorkMention {
  genre: WorkGenre;
  /** As written in the article. */
  title: string;
  /** The genre noun and the title. */
  evidence: Evidence;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»', '‘': '’', "'": "'" };
/** Small words inside a title in title case, in any language ("House of Cards", "Lord of the Rings"). */
const TITLE_JOINERS = ['of', 'the', 'and'];
const FIRST_WORD = /^\p{Lu}[\p{L}\d'’&-]*/u;
const LATER_WORD = /^[\p{Lu}\d][\p{L}\d'’&-]*/u;
/** What may follow a title: the end of the sentence or punctuation. */
const CLOSING = /^(?:\s*$|\s*[,.;:!?()[\]–—"”»“])/u;

/** One language's patterns, compiled on first use. */
interface Compiled {
  /** Any genre noun alone (global: one cheap scan of the body for the sentences that can hold a match at all). */
  nouns: RegExp;
  /**
   * Per genre: its noun alone (global: a cheap scan of such a sentence) and in
   * its full context (sticky: tried only at the word the noun stands in).
   */
  genres: Array<[noun: RegExp, inContext: RegExp, genre: WorkGenre]>;
  /** The opening of a quoted title after the genre noun. */
  quoteOpening: RegExp;
}

const compiled = new Map<Lang, Compiled>();

function patternsFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const rules = RULES[lang];
  c = {
    nouns: new RegExp(rules.genres.map(([source]) => `(?:${source})`).join('|'), 'gu'),
    genres: rules.genres.map(([source, genre]) => [
      new RegExp(source, 'gu'),
      new RegExp(`(?<![\\p{L}\\d-])(?:[\\p{L}\\d]+-)*(?:${source})(?![\\p{L}\\d-])`, 'uy'),
      genre,
    ]),
    quoteOpening: new RegExp(`^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,${rules.wordsBeforeQuotedTitle}}(["“„«‘'])\\s?`, 'u'),
  };
  compiled.set(lang, c);
  return c;
}

/** A quoted title after the genre noun (and up to `words` lower-case words): its end offset and text. */
function quotedTitle(rest: string, quoteOpening: RegExp): { title: string; end: number } | undefined {
  const m = quoteOpening.exec(rest);
  if (!m) return undefined;
  const closers = QUOTE_PAIRS[m[1]!]!;
  const from = m[0].length;
  let to = from;
  while (to < rest.length && to - from <= 80 && !closers.includes(rest[to]!) && !'\n"“”„«»'.includes(rest[to]!)) to++;
  // A closing mark right before a letter is an apostrophe ("'Schindler's List'"): the extent is unclear.
  if (to >= rest.length || !closers.includes(rest[to]!) || /\p{L}/u.test(rest[to + 1] ?? '')) return undefined;
  const title = rest.slice(from, to).trim();
  if (!/^[\p{Lu}\d]/u.test(title)) return undefined;
  return { title, end: to + 1 };
}

/** An unquoted title: capitalized words (and the small words of an English title) with a clear end. */
function plainTitle(rest: string, rules: WorkRules): { title: string; end: number } | undefined {
  const lead = /^\s+/.exec(rest);
  if (!lead) return undefined;
  let pos = lead[0].length;
  const words: string[] = [];
  let end = pos;
  for (;;) {
    const m = (words.length ? LATER_WORD : FIRST_WORD).exec(rest.slice(pos));
    if (!m) break;
    words.push(m[0]);
    pos += m[0].length;
    end = pos;
    // Continue over one space to a capitalized word, or over the small words of an English title.
    const next = /^ ((?:\p{Ll}[\p{L}'’]* ){0,2})(?=[\p{Lu}\d])/u.exec(rest.slice(pos));
    if (!next || !next[1]!.trim().split(' ').every((w) => !w || TITLE_JOINERS.includes(w))) break;
    pos += next[0].length;
  }
  if (words.length === 0) return undefined;
  const title = rest.slice(lead[0].length, end);
  const after = rest.slice(end);
  const following = /^ (\p{Ll}[\p{L}'’]*)/u.exec(after)?.[1];
  const single = words.length === 1;
  const clearEnd =
    CLOSING.test(after) ||
    (following !== undefined && !rules.stoppers.includes(following) && (!single || rules.singleWordTitles === 'always'));
  if (!clearEnd) return undefined;
  if (single && (rules.singleWordTitles === 'never' || rules.articles.includes(words[0]!.toLowerCase()))) return undefined;
  if (words.some((w) => /['’]s$/u.test(w)) || /^\p{Lu}$/u.test(title)) return undefined;
  return { title, end };
}

/** The word right before offset `at` of `text` and the spaces after it, in lower case ('' when there is none). */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\s+$/u.exec(text.slice(0, at))?.[1]?.toLowerCase() ?? '';
}

/** The title is, or ends in, a known name ("El Eternauta de Netflix"): its extent is uncertain. */
function endsInName(title: string, names: ReadonlySet<string>): boolean {
  const t = title.toLowerCase();
  for (const n of names) if (t === n || t.endsWith(` ${n}`)) return true;
  return false;
}

/**
 * Per sentence of `article`, whether a match of `nouns` in its body overlaps it.
 * The nouns have no context assertions, so every sentence a noun occurs in is
 * marked: where the scan passes over the sentence's own match, it is inside a
 * match that overlaps it.
 */
function sentencesWithNoun(article: Article, nouns: RegExp): Uint8Array {
  const { body, sentences } = article;
  const marked = new Uint8Array(sentences.length);
  let first = 0;
  nouns.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nouns.exec(body))) {
    const end = m.index + m[0].length;
    while (first < sentences.length && sentences[first]!.end <= m.index) first++;
    for (let s = first; s < sentences.length && sentences[s]!.start < end; s++) marked[s] = 1;
  }
  return marked;
}

/** The start of the run of letters, digits and hyphens ("Sci-Fi-Serie") that ends at or holds offset `at` of `text`. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    const width = isDigit(c) || c === 0x2d ? 1 : letterBefore(text, i);
    if (width === 0) break;
    i -= width;
  }
  return i;
}

/**
 * Every match of a genre noun in its full context in `text`, in order. A match
 * is a whole word (a run of letters, digits and hyphens, by the context
 * assertions) that holds an occurrence of the noun, so the pattern is tried at
 * the start of each word the noun occurs in, rather than at every offset. (A
 * noun is letters and hyphens, see WorkRules: occurrences that overlap are in
 * one word.)
 */
function* genreNounsIn(text: string, noun: RegExp, inContext: RegExp): Generator<RegExpExecArray> {
  noun.lastIndex = 0;
  let n: RegExpExecArray | null;
  while ((n = noun.exec(text))) {
    inContext.lastIndex = wordStart(text, n.index);
    const m = inContext.exec(text);
    if (!m) continue;
    yield m;
    noun.lastIndex = m.index + m[0].length;
  }
}

/** Every work named with its genre, in text order. `names` (lower case) are people and organizations, never titles. */
export function findWorks(article: Article, names: ReadonlySet<string>): WorkMention[] {
  const rules = RULES[article.language];
  const { nouns, genres, quoteOpening } = patternsFor(article.language);
  const withNoun = sentencesWithNoun(article, nouns);
  const out: WorkMention[] = [];
  for (const [s, sentence] of article.sentences.entries()) {
    if (!withNoun[s]) continue;
    for (const [noun, inContext, genre] of genres) {
      for (const m of genreNounsIn(sentence.text, noun, inContext)) {
        if (rules.notAfter?.includes(wordBefore(sentence.text, m.index))) continue;
        const rest = sentence.text.slice(m.index + m[0].length);
        const found = quotedTitle(rest, quoteOpening) ?? plainTitle(rest, rules);
        if (!found || endsInName(found.title, names)) continue;
        const start = sentence.start + m.index;
        const evidence = evidenceAt(article, start, start + m[0].length + found.end);
        if (evidence) out.push({ genre, title: found.title, evidence });
      }
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
