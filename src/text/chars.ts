/**
 * Character classes read by code instead of a regular expression per
 * character, for scans that ask about every character of a text: whether a
 * code point is a letter (`\p{L}`), a Latin one (`\p{Script=Latin}`), a
 * digit (`\d`) or white space (`\s`).
 */

export const LETTER = 1;
export const LATIN = 2;

const LETTER_RE = /\p{L}/u;
const LATIN_RE = /\p{Script=Latin}/u;
/** Set once the kind of a code unit has been derived. */
const DERIVED = 0x80;

/** Kinds of the Basic Multilingual Plane, derived on first sight. */
const bmpKinds = new Uint8Array(0x10000);

function derive(point: number): number {
  const char = String.fromCodePoint(point);
  if (!LETTER_RE.test(char)) return 0;
  return LATIN_RE.test(char) ? LETTER | LATIN : LETTER;
}

/** LETTER when `point` is a letter, with LATIN added for a Latin one; 0 otherwise. A lone surrogate is no letter. */
export function letterKind(point: number): number {
  if (point > 0xffff) return derive(point);
  let kind = bmpKinds[point]!;
  if (!(kind & DERIVED)) bmpKinds[point] = kind = derive(point) | DERIVED;
  return kind & ~DERIVED;
}

/** Whether the UTF-16 code unit `code` is white space as `\s` matches it (WhiteSpace and LineTerminator). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** A-Z or a-z: (c | 0x20) folds only these onto a-z. */
export const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Whether the code point `point` is a letter. */
const isLetter = (point: number) => (letterKind(point) & LETTER) !== 0;

/**
 * How many code units the letter starting at `i` of `text` takes (2 for a
 * surrogate pair, read as one character as a /u regex does), 0 when none
 * starts there (a lone surrogate is no letter).
 */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Most text is ASCII: decided here, small enough to be inlined into the scanning loops.
  return c < 0x80 ? (isAsciiLetter(c) ? 1 : 0) : beyondAsciiLetterAt(text, i, c);
}

function beyondAsciiLetterAt(text: string, i: number, c: number): number {
  if (i >= text.length) return 0;
  if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) return isLetter(text.codePointAt(i)!) ? 2 : 0;
  return isLetter(c) ? 1 : 0;
}

/** How many code units the letter ending right before `i` of `text` takes, 0 when none ends there. */
export function letterBefore(text: string, i: number): number {
  if (i < 1 || i > text.length) return 0;
  const c = text.charCodeAt(i - 1);
  if (isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return isLetter(text.codePointAt(i - 2)!) ? 2 : 0;
  return isLetter(c) ? 1 : 0;
}

/** An ASCII digit 0–9 (what \d matches). */
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
