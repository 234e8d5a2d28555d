/**
 * Whether a code point is a letter (`\p{L}`) and whether it is Latin
 * (`\p{Script=Latin}`), read from a table instead of a regular expression per
 * character: scans of whole texts ask this for every character.
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
