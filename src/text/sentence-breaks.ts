/**
 * Sentence boundaries by the rules of Unicode's UAX #29 (SB6–SB11), as
 * Intl.Segmenter finds them, for text made only of characters whose sentence
 * break class is known here (Latin letters, digits, spaces, common
 * punctuation and symbols). Any other character (marks, format and control
 * characters, other scripts) makes `sentenceEnds` give up, and the caller
 * asks Intl.Segmenter: this is a fast path, proven identical to it by
 * test/text/sentence-breaks.test.ts, not a second opinion.
 */

const enum Class {
  Unknown,
  Other,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

/** Code points whose class is derived below; everything outside them is Unknown. */
const KNOWN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // Basic Latin without controls
  [0xa0, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20c0], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols
  [0x2190, 0x22ff], // Arrows, Mathematical Operators
];
const KNOWN_END = 0x2300;

/** UAX #29 Table 4, restricted to the known ranges (so no Extend, Format, Sep, CR or LF). */
const SCONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x2013, 0x2014]);
const UNKNOWN = /[\p{M}\p{Cf}\p{Cc}\p{Cn}\p{Zl}\p{Zp}]/u;

function derive(code: number): Class {
  if (!KNOWN_RANGES.some(([lo, hi]) => code >= lo && code <= hi)) return Class.Unknown;
  const char = String.fromCharCode(code);
  if (UNKNOWN.test(char)) return Class.Unknown;
  if (code === 0x2e || code === 0x2024) return Class.ATerm;
  if (/\p{Sentence_Terminal}/u.test(char)) return Class.STerm;
  if (SCONTINUE.has(code)) return Class.SContinue;
  if (/\p{White_Space}/u.test(char)) return Class.Sp;
  if (/\p{Lowercase}/u.test(char)) return Class.Lower;
  if (/[\p{Uppercase}\p{Lt}]/u.test(char)) return Class.Upper;
  if (/\p{Alphabetic}/u.test(char)) return Class.OLetter;
  if (code >= 0x30 && code <= 0x39) return Class.Numeric;
  // Other numbers (superscripts, fractions, Roman numerals) are left to the segmenter.
  if (/\p{N}/u.test(char)) return Class.Unknown;
  // Close: opening and closing punctuation and quotation marks (Line_Break=Quotation holds only these two more here).
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u.test(char)) return Class.Close;
  return Class.Other;
}

/** Classes of the known code points, derived on first sight. */
const classes = new Uint8Array(KNOWN_END);
const NOT_DERIVED = 0xff;
classes.fill(NOT_DERIVED);

function classOf(code: number): Class {
  if (code >= KNOWN_END) return Class.Unknown;
  let c = classes[code]!;
  if (c === NOT_DERIVED) classes[code] = c = derive(code);
  return c;
}

const isTerm = (c: number) => c === Class.ATerm || c === Class.STerm;
const isLetter = (c: number) => c === Class.Lower || c === Class.Upper || c === Class.OLetter;

/**
 * SB8: after ATerm Close* Sp*, the next letter (past anything but letters and
 * terminators) is lower case. Undefined when an unknown character comes first.
 */
function lowerFollows(text: string, from: number): boolean | undefined {
  for (let i = from; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === Class.Lower) return true;
    if (isLetter(c) || isTerm(c)) return false;
    if (c === Class.Unknown) return undefined;
  }
  return false;
}

/**
 * The end offsets of the sentences of `text` as Intl.Segmenter (sentence
 * granularity) gives them (the last is `text.length`), or undefined when `text`
 * holds a character this fast path does not know.
 *
 * A break can only come after a terminator followed by Close* Sp* (SB11);
 * SB6–SB10 each forbid one there. They only forbid, so their order does not matter.
 */
export function sentenceEnds(text: string): number[] | undefined {
  const ends: number[] = [];
  // The last terminator followed only by Close* Sp* so far (-1 when none), its class, the class before it, and whether Sp followed.
  let term = -1;
  let termClass: Class = Class.Unknown;
  let beforeTerm: Class = Class.Unknown;
  let spaced = false;
  let prev: Class = Class.Unknown;
  for (let p = 0; p < text.length; p++) {
    const c = classOf(text.charCodeAt(p));
    if (c === Class.Unknown) return undefined;
    if (term >= 0) {
      const adjacent = p === term + 1;
      const joined =
        c === Class.Sp || c === Class.SContinue || isTerm(c) || // SB8a, SB9, SB10
        (c === Class.Close && !spaced) || // SB9
        (termClass === Class.ATerm &&
          ((adjacent && c === Class.Numeric) || // SB6
            (adjacent && c === Class.Upper && (beforeTerm === Class.Upper || beforeTerm === Class.Lower)) || // SB7
            lowerFollows(text, p) !== false)); // SB8 (undefined: unknown text ahead, given up below)
      if (!joined) {
        ends.push(p);
        term = -1;
      }
    }
    if (isTerm(c)) {
      term = p;
      termClass = c;
      beforeTerm = prev;
      spaced = false;
    } else if (c === Class.Sp) spaced = true;
    else if (c !== Class.Close || spaced) term = -1;
    prev = c;
  }
  if (text.length > 0) ends.push(text.length);
  return ends;
}
