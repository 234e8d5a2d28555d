/** Helpers for building the rule regexes of the money and percent dimensions. */

/** Not preceded by a letter or digit (`\b` is ASCII-only in JavaScript). */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** An alternation of regex sources, longest first ("just over" is tried before "over"); never matches when empty. */
export function alt(sources: readonly string[]): string {
  if (sources.length === 0) return '(?!)';
  return [...sources]
    .sort((a, b) => b.length - a.length)
    .map((s) => `(?:${s})`)
    .join('|');
}

/** A regex source that must end a word, unless it ends in an apostrophe ("l'" in "l'édition"). */
export function bound(source: string): string {
  return /\['’]\]$|['’]$/.test(source) ? `(?:${source})` : `(?:${source})${WORD_END}`;
}

/** `alt` as whole words. */
export function words(sources: readonly string[]): string {
  return `${WORD_START}(?:${alt(sources.map(bound))})`;
}

/**
 * A written numeral ("11", "11,08", "1,234.5", "11.000", "500 000" where plain
 * spaces group thousands), not glued to a preceding letter or digit.
 */
export function numeral(spaceGroups: boolean): string {
  const sep = spaceGroups ? String.raw`[.,\u00a0\u202f\u2009 ]` : String.raw`[.,\u00a0\u202f\u2009]`;
  return String.raw`(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:${sep}\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)`;
}

/** A token holding a figure, with up to three words after it ("1,5 Milliarden Euro"). */
export const FIGURE_ITEM = String.raw`\S*\d\S*(?:\s+\S+){0,3}?`;

/** Whether `text` as a whole matches the regex source `source` (case-insensitive). */
export function matchesWhole(source: string, text: string): boolean {
  let re = wholeCache.get(source);
  if (!re) wholeCache.set(source, (re = new RegExp(`^(?:${source})$`, 'iu')));
  return re.test(text.replace(/\s+/g, ' '));
}
const wholeCache = new Map<string, RegExp>();

/** Words written after a figure to make it a percentage, in every supported language. */
export const PERCENT_UNIT = String.raw`%|percent|per\s?cent|pct\.?|Prozent|procent|prosent|por\s?ciento|pour\s?cent`;

/** A percentage as it stands inside a chain of words ("16%", "16,5 Prozent"). */
export const PERCENT_FIGURE = String.raw`[-+−]?\d+(?:[.,]\d+)?\s?(?:${PERCENT_UNIT})(?![\p{L}])`;
