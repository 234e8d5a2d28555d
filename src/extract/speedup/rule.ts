/** The shape of one language's speed-up rules (Duckling-style: one file per language). */
import type { Lang } from '../../facts.js';
import { numberWordPattern } from '../../text/numbers.js';

export interface SpeedupRule {
  /**
   * Regex source, compiled case-insensitively with Unicode classes. The factor
   * comes from group `n` (a numeral or number word, see `numberGroup`) or from
   * group `w` (a word of `words`).
   */
  pattern: string;
  /** Factor words of this rule, lower case: "twice" → 2, "tenth" (of the time) → 10. */
  words?: Readonly<Record<string, number>>;
}

export interface SpeedupLanguage {
  /**
   * Words (or stems, plain letters) one of which every rule's match contains, compiled like the
   * rules (case-insensitive, Unicode): a sentence without any is not searched.
   */
  marks: readonly string[];
  rules: readonly SpeedupRule[];
  /** Words that negate a speed-up standing right after them (or one word later): "not", "nicht". */
  negation: string;
  /** Words that undo that negation: "not only ten times faster" still states it. */
  notOnly: string;
  /** Words joining the two ends of a range ("five to ten times faster" states no single factor). */
  rangeJoin: string;
}

/** Group `n`: a numeral ("10", "1.5") or a number word of `lang` from two up. */
export function numberGroup(lang: Lang): string {
  return `(?<n>\\d+(?:[.,]\\d+)?|${numberWordPattern(lang)})`;
}

/** An alternation of the keys of `words`, longest first. */
export function wordsPattern(words: Readonly<Record<string, number>>): string {
  return Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
}
