/**
 * Letters as /\p{L}/u sees them, for scanning text by hand where a regex over
 * every word or sentence would cost too much. A code point beyond the BMP
 * (a surrogate pair) is one character, as in a /u regex; a lone surrogate is no letter.
 */

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit, once seen: 1 a letter, 2 not (0 not yet seen). */
const bmpLetter = new Uint8Array(0x10000);

/** A-Z or a-z: (c | 0x20) folds only these onto a-z. */
const isAsciiLetter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Whether the code unit `c` (not part of a surrogate pair) is a letter. */
function isBmpLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  let known = bmpLetter[c]!;
  if (known === 0) bmpLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** How many code units the letter starting at `i` of `text` takes (2 beyond the BMP), 0 when none starts there. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Most text is ASCII: decided here, small enough to be inlined into the scanning loops.
  return c < 0x80 ? (isAsciiLetter(c) ? 1 : 0) : beyondAsciiLetterAt(text, i, c);
}

function beyondAsciiLetterAt(text: string, i: number, c: number): number {
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return isBmpLetter(c) ? 1 : 0;
}

/** How many code units the letter ending right before `i` of `text` takes, 0 when none ends there. */
export function letterBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return LETTER.test(text.slice(i - 2, i)) ? 2 : 0;
  return i >= 1 && isBmpLetter(c) ? 1 : 0;
}

/** An ASCII digit 0–9 (what \d matches). */
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
