/**
 * The terms LexRank compares sentences by: each word (a letter, then letters
 * and digits 0–9, in lower case) cut to a crude stem, as an integer id that is
 * the same for the same stem throughout one article. Scanned by hand rather
 * than matched with /\p{L}[\p{L}\d]*\/gu: ranking reads every sentence, and
 * this avoids an array of word strings per sentence.
 */
import { isDigit, letterAt } from './letters.js';

/** A crude stem: inflected forms of one word ("effekt", "effekter") share their first letters. */
const STEM_LENGTH = 6;

/** Per article: the id of each stem, numbered as first met. */
export type TermIds = Map<string, number>;

/** The term id of every word of `text`, in order; new stems get the next free id. */
export function termsOf(text: string, ids: TermIds): number[] {
  const lower = text.toLowerCase();
  const terms: number[] = [];
  let i = 0;
  while (i < lower.length) {
    const width = letterAt(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < lower.length) {
      const next = isDigit(lower.charCodeAt(i)) ? 1 : letterAt(lower, i);
      if (next === 0) break;
      i += next;
    }
    const stem = lower.slice(start, Math.min(start + STEM_LENGTH, i));
    let id = ids.get(stem);
    if (id === undefined) ids.set(stem, (id = ids.size));
    terms.push(id);
  }
  return terms;
}
