import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalAbbreviation } from '../../src/text/final-abbreviation.js';

/** The pattern `finalAbbreviation` reads backwards, as the reference it must equal. */
const PATTERN = /(?:^|[\s(«"“'‘„])((?:\p{L}{1,6}\.\s?){0,2}\p{L}{1,6})\.\s*$/u;

describe('finalAbbreviation', () => {
  it.each([
    ['He met Dr. ', 'Dr'],
    ['Viele Firmen, z. B. ', 'z. B'],
    ['Viele Firmen, z.B.', 'z.B'],
    ['Det kom bl.a.   ', 'bl.a'],
    ['ventes (env. ', 'env'],
    ['«Sr. ', 'Sr'],
    ['the U.S. ', 'U.S'],
    ['ein Wort mit Überlänge. ', undefined], // seven letters and more are no abbreviation part
    ['a.b.c.d. ', undefined], // four parts are too many, and no part starts right after a dot
    ['a.b c.d. ', 'c.d'],
    ['Sales rose 3.5. ', undefined],
    ['No dot here ', undefined],
    ['', undefined],
  ])('%j ends with %j', (piece, expected) => {
    expect(finalAbbreviation(piece)).toBe(expected);
  });

  it('captures what the pattern captures, on any piece made of the characters that matter', () => {
    const chars = fc.constantFrom(...'abzAÉßøé.. .  ', '\u00a0', '\u2003', '\t', '\n', ...'(«"“\'‘„),;-3', '𝐀', '\ud835', '\udc00', 'x\u0301', 'abcdef', 'abcdefg', 'z. B', 'bl.a');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const piece = parts.join('');
        expect(finalAbbreviation(piece)).toBe(PATTERN.exec(piece)?.[1]);
      }),
      { numRuns: 20000 },
    );
  });
});
