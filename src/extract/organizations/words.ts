/** The words institutions' names are made of, and the words they never contain. */
import type { Lang } from '../../facts.js';
import { PEOPLE_RULES } from '../people/rules.js';
import { ORGANIZATION_RULES } from './rules.js';
import { NOT_ORGANIZATION_WORDS } from './shared.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One word of a name without hyphenated parts, for the head of a hyphen
 * compound ("Goya" of "Goya-Akademie"): a capital, after digits or lower-case
 * letters where there are ("A24", "3M", "eBay"). Written with one capital class
 * (the first letter decides the branch): property classes are slow to compile.
 */
export const ORG_WORD_SIMPLE = String.raw`(?:(?:\p{N}+|\p{Ll}+)?\p{Lu}[\p{L}\p{N}]*)`;
/** One word of a name: "Eyeline", "A24", "OpenAI", "SAG-AFTRA", "eBay", "Paris-Saclay", "Workers'". */
export const ORG_WORD = String.raw`${ORG_WORD_SIMPLE}(?:[-&]\p{Lu}[\p{L}\p{N}]*)*(?:(?<=s)['’](?=\s))?`;

/** An acronym such as "NTB", "SAG-AFTRA", "K&S", "TF1". */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** A capitalized word that cannot begin or belong to a name ("The", "Die", "Hollywood", "AI"). */
export function isStopWord(word: string, lang: Lang): boolean {
  return NOT_ORGANIZATION_WORDS.has(word) || PEOPLE_RULES[lang].notNames.has(word);
}

/**
 * A noun for a kind of institution ("company", "Firma", and in compounding
 * languages "Produktionsfirma", "Medienkonzern"): never the start of a name.
 */
export function isKindNoun(word: string, lang: Lang): boolean {
  const lower = word.toLowerCase();
  const nouns = kindNouns(lang);
  return ORGANIZATION_RULES[lang].appositive.compounds ? nouns.some((c) => lower.endsWith(c)) : nouns.includes(lower);
}

/** The one-word classifiers of a language, in lower case. */
const kindNouns = releasable(memo((lang: Lang): string[] => ORGANIZATION_RULES[lang].classifiers.filter((c) => !/\s/.test(c)).map((c) => c.toLowerCase())));

/**
 * The words of a name found by a pattern, without the articles, pronouns and
 * kind nouns it starts with ("Die Eyeline" → "Eyeline", "Firma Acme" → "Acme");
 * undefined when a stop word remains ("Hollywood Studios") or nothing is left.
 * `skipped` is how many characters were dropped.
 */
export function trimName(name: string, lang: Lang): { name: string; skipped: number } | undefined {
  let rest = name;
  let skipped = 0;
  for (;;) {
    const m = /^(\S+)\s+/u.exec(rest);
    if (!m || !(PEOPLE_RULES[lang].notNames.has(m[1]!) || isKindNoun(m[1]!, lang))) break;
    rest = rest.slice(m[0].length);
    skipped += m[0].length;
  }
  const words = rest.split(/\s+/);
  // "Die Firma" or "Selskapet" alone is a kind of institution, not its name.
  if (!rest || words.some((w) => isStopWord(w, lang)) || (words.length === 1 && isKindNoun(rest, lang))) return undefined;
  return { name: rest, skipped };
}

/**
 * The words of a name up to the first stop word, without connectors left at
 * the end ("Wien Ende" → "Wien"); undefined when it starts with one.
 */
export function cutAtStopWord(name: string, lang: Lang): string | undefined {
  const words = name.split(/(\s+)/);
  let end = 0;
  let length = 0;
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i]!;
    if (isStopWord(word, lang)) break;
    length += (i > 0 ? words[i - 1]!.length : 0) + word.length;
    if (/^[\p{Lu}\p{N}]|^\p{Ll}+['’]?\p{Lu}/u.test(word)) end = length;
  }
  return end > 0 ? name.slice(0, end) : undefined;
}
