/**
 * Character classes read by code instead of a regular expression per
 * character, for scans that ask about every character of a text: whether a
 * code point is a letter (`\p{L}`), a Latin one (`\p{Script=Latin}`), or
 * white space (`\s`).
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
