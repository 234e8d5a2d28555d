/** Helpers for building the rule regexes of the money and percent dimensions. */
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

/**
 * The letters of the Latin scripts the supported languages are written in, for
 * character classes. `\p{L}` would be exact, but V8 compiles every occurrence
 * in a case-insensitive Unicode regex into a huge class, and the rules would
 * take seconds to warm up.
 */
export const LETTER = String.raw`a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF`;

/** Not preceded by a letter or digit (`\b` is ASCII-only in JavaScript). */
export const WORD_START = `(?<![${LETTER}0-9])`;
/** Not followed by a letter or digit. */
export const WORD_END = `(?![${LETTER}0-9])`;

/** An alternation of regex sources, longest first ("just over" is tried before "over"); never matches when empty. */
export function alt(sources: readonly string[]): string {
  if (sources.length === 0) return '(?!)';
  return [...sources]
    .sort((a, b) => b.length - a.length)
    .map((s) => `(?:${s})`)
    .join('|');
}

/** Whether a regex source ends in an apostrophe ("l'" in "l'édition"), so that a word may follow at once. */
const endsInApostrophe = (source: string) => /\['’]\]$|['’]$/.test(source);

/** A regex source that must end a word, unless it ends in an apostrophe. */
export function bound(source: string): string {
  return endsInApostrophe(source) ? `(?:${source})` : `(?:${source})${WORD_END}`;
}

/** `alt` as whole words. */
export function words(sources: readonly string[]): string {
  const glued = sources.filter(endsInApostrophe);
  const whole = `(?:${alt(sources.filter((s) => !endsInApostrophe(s)))})${WORD_END}`;
  return `${WORD_START}(?:${glued.length ? `${whole}|${alt(glued)}` : whole})`;
}

/**
 * A written numeral ("11", "11,08", "1,234.5", "11.000", "500 000" where plain
 * spaces group thousands), not glued to a preceding letter or digit.
 */
export function numeral(spaceGroups: boolean): string {
  const sep = spaceGroups ? String.raw`[.,\u00a0\u202f\u2009 ]` : String.raw`[.,\u00a0\u202f\u2009]`;
  return String.raw`(?<![${LETTER}0-9.,])(?:\d{1,3}(?:${sep}\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)`;
}

/** A token holding a figure, with up to three words after it ("1,5 Milliarden Euro"). */
export const FIGURE_ITEM = String.raw`\S*\d\S*(?:\s+\S+){0,3}?`;

/**
 * The entry of `table` whose regex source (first item, case-insensitive) matches
 * `text` as a whole, white space read as one space; the first such entry.
 */
export function wholeMatch<T>(table: ReadonlyArray<readonly [string, T]>, text: string): T | undefined {
  const spaced = text.replace(/\s+/g, ' ');
  return table.find(([source]) => wholePattern(source).test(spaced))?.[1];
}

const wholePattern = releasable(memo((source: string) => new RegExp(`^(?:${source})$`, 'iu')));

/** Words written after a figure to make it a percentage, in every supported language. */
export const PERCENT_UNIT = String.raw`%|percent|per\s?cent|pct\.?|Prozent|procent|prosent|por\s?ciento|pour\s?cent`;

/** A percentage as it stands inside a chain of words ("16%", "16,5 Prozent"). */
export const PERCENT_FIGURE = String.raw`[-+−]?\d+(?:[.,]\d+)?\s?(?:${PERCENT_UNIT})(?![${LETTER}])`;

/** How far before or after a figure its rules look: role chains and growth phrases are short. */
const REACH = 240;

/** The text before `end`, at most REACH characters and starting at a word; `from` is its offset. */
export function textBefore(text: string, end: number): { from: number; text: string } {
  let from = Math.max(0, end - REACH);
  if (from > 0) from = text.indexOf(' ', from) + 1 || end;
  return { from, text: text.slice(Math.min(from, end), end) };
}

/** The text after `start`, at most REACH characters. */
export function textAfter(text: string, start: number): string {
  return text.slice(start, start + REACH);
}
