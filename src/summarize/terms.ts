/**
 * The terms LexRank compares sentences by: each word (a letter, then letters
 * and digits 0–9, in lower case) cut to a crude stem, as an integer id that is
 * the same for the same stem throughout one article. Scanned by hand rather
 * than matched with /\p{L}[\p{L}\d]*\/gu: ranking reads every sentence, and
 * this avoids an array of word strings per sentence.
 */

/** A crude stem: inflected forms of one word ("effekt", "effekter") share their first letters. */
const STEM_LENGTH = 6;

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit, once seen: 1 a letter, 2 not (0 not yet seen). */
const bmpLetter = new Uint8Array(0x10000);

/** Whether the code unit `c` (not a surrogate) is a letter. */
function isBmpLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let known = bmpLetter[c]!;
  if (known === 0) bmpLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** How many code units the letter at `i` of `text` takes (2 for one beyond the BMP), 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return isBmpLetter(c) ? 1 : 0;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

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
