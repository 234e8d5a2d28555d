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

/**
 * A character whose class is not known here: one outside Latin, General
 * Punctuation, Currency Symbols, Letterlike Symbols, Arrows and Mathematical
 * Operators, and within them the format characters (soft hyphen, zero widths,
 * bidirectional controls), line and paragraph separators and numbers other
 * than 0–9 (superscripts, fractions). Ranges without /u: a property class
 * would make this test, run on every line, ten times slower.
 */
const UNKNOWN_CHAR =
  /[^\x20-\x7e\xa0-\xac\xae-\xb1\xb4-\xb8\xba\xbb\xbf-\u024f\u1e00-\u1eff\u2000-\u200a\u2010-\u2027\u202f-\u205f\u20a0-\u20c0\u2100-\u214f\u2190-\u22ff]/;
/** The known characters lie below this. */
const KNOWN_END = 0x2300;
/** The known ATerm and STerm characters (as `derive` finds them), searched for: only after one can a sentence end. */
const TERMINATOR = /[.!?\u2024\u203c\u203d\u2047-\u2049]/g;

/** UAX #29 Table 4, restricted to the known characters (so no Extend, Format, Sep, CR or LF). */
const SCONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x2013, 0x2014]);

function derive(code: number): Class {
  const char = String.fromCharCode(code);
  if (UNKNOWN_CHAR.test(char)) return Class.Unknown;
  if (code === 0x2e || code === 0x2024) return Class.ATerm;
  if (/\p{Sentence_Terminal}/u.test(char)) return Class.STerm;
  if (SCONTINUE.has(code)) return Class.SContinue;
  if (/\p{White_Space}/u.test(char)) return Class.Sp;
  if (/\p{Lowercase}/u.test(char)) return Class.Lower;
  if (/[\p{Uppercase}\p{Lt}]/u.test(char)) return Class.Upper;
  if (/\p{Alphabetic}/u.test(char)) return Class.OLetter;
  if (code >= 0x30 && code <= 0x39) return Class.Numeric;
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

/** SB8: after ATerm Close* Sp*, the next letter (past anything but letters and terminators) is lower case. */
function lowerFollows(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === Class.Lower) return true;
    if (isLetter(c) || isTerm(c)) return false;
  }
  return false;
}

/** `breakAfter`'s answer when the run after a terminator ends at `p` without a break; its own inverse. */
const noBreakUntil = (p: number) => -(p + 1);

/**
 * The break after the terminator at `term`, read on over Close* Sp* (and
 * further terminators): its offset, or `noBreakUntil(p)` when the run ends at p
 * without one.
 *
 * A break can only come after a terminator followed by Close* Sp* (SB11);
 * SB6–SB10 each forbid one there. They only forbid, so their order does not matter.
 */
function breakAfter(text: string, term: number): number {
  let termClass = classOf(text.charCodeAt(term));
  let beforeTerm = term > 0 ? classOf(text.charCodeAt(term - 1)) : Class.Unknown;
  let spaced = false;
  let prev = termClass;
  for (let p = term + 1; p < text.length; p++) {
    const c = classOf(text.charCodeAt(p));
    const adjacent = p === term + 1;
    const joined =
      c === Class.Sp || c === Class.SContinue || isTerm(c) || // SB8a, SB9, SB10
      (c === Class.Close && !spaced) || // SB9
      (termClass === Class.ATerm &&
        ((adjacent && c === Class.Numeric) || // SB6
          (adjacent && c === Class.Upper && (beforeTerm === Class.Upper || beforeTerm === Class.Lower)) || // SB7
          lowerFollows(text, p))); // SB8
    if (!joined) return p;
    if (isTerm(c)) {
      term = p;
      termClass = c;
      beforeTerm = prev;
      spaced = false;
    } else if (c === Class.Sp) spaced = true;
    else if (c !== Class.Close || spaced) return noBreakUntil(p);
    prev = c;
  }
  return noBreakUntil(text.length);
}

/**
 * The end offsets of the sentences of `text` as Intl.Segmenter (sentence
 * granularity) gives them (the last is `text.length`), or undefined when `text`
 * holds a character this fast path does not know.
 */
export function sentenceEnds(text: string): number[] | undefined {
  if (UNKNOWN_CHAR.test(text)) return undefined;
  const ends: number[] = [];
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(text)) {
    const found = breakAfter(text, TERMINATOR.lastIndex - 1);
    if (found >= 0) ends.push(found);
    TERMINATOR.lastIndex = found >= 0 ? found : noBreakUntil(found);
  }
  if (text.length > 0) ends.push(text.length);
  return ends;
}
