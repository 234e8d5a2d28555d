/**
 * The abbreviation or word a piece of text ends with before its final dot
 * ("Dr" in "met Dr. ", "z. B" in "wie z. B. "): what
 * `/(?:^|[\s(«"“'‘„])((?:\p{L}{1,6}\.\s?){0,2}\p{L}{1,6})\.\s*$/u` captures,
 * read backwards from the dot instead of trying every position of the piece.
 * Every part is a whole run of letters, so the parts before the dot are found
 * one way only; the pattern takes the leftmost part after which they hold.
 */
import { isWhiteSpace, letterBefore } from './chars.js';

const DELIMITERS = new Set([...'(«"“\'‘„'].map((c) => c.charCodeAt(0)));
const MAX_PARTS = 3;
const MAX_LETTERS = 6;

const isDelimiter = (code: number) => isWhiteSpace(code) || DELIMITERS.has(code);

/** The start of the run of letters (code points) that ends at `end`, or -1 when it is empty or longer than MAX_LETTERS. */
function partStart(text: string, end: number): number {
  let i = end;
  let letters = 0;
  while (i > 0) {
    const units = letterBefore(text, i);
    if (!units) break;
    if (++letters > MAX_LETTERS) return -1;
    i -= units;
  }
  return letters ? i : -1;
}

/** The abbreviation or word `piece` ends with before its final dot (and any white space), as written. */
export function finalAbbreviation(piece: string): string | undefined {
  let dot = piece.length - 1;
  while (dot >= 0 && isWhiteSpace(piece.charCodeAt(dot))) dot--;
  if (piece.charCodeAt(dot) !== 0x2e) return undefined;
  // The starts of the parts, from the last one back, each joined to the next by "." and an optional white space.
  const starts: number[] = [];
  for (let end = dot; starts.length < MAX_PARTS; ) {
    const start = partStart(piece, end);
    if (start < 0) break;
    starts.push(start);
    const separator = start > 0 && isWhiteSpace(piece.charCodeAt(start - 1)) ? start - 1 : start;
    if (separator === 0 || piece.charCodeAt(separator - 1) !== 0x2e) break;
    end = separator - 1;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k]!;
    if (start === 0 || isDelimiter(piece.charCodeAt(start - 1))) return piece.slice(start, dot);
  }
  return undefined;
}
