import { describe, expect, it } from 'vitest';
import { isWhiteSpace, LATIN, LETTER, letterKind } from '../../src/text/chars.js';

describe('character classes', () => {
  it('reads every code unit as white space exactly when \\s matches it', () => {
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it('reads every code point of the Basic Plane and a few beyond as a letter and as Latin as \\p{L} and \\p{Script=Latin} do', () => {
    const wrong: number[] = [];
    for (const point of [...Array.from({ length: 0x10000 }, (_, i) => i), 0x1d400, 0x1f600, 0x20000, 0x10ffff]) {
      const char = String.fromCodePoint(point);
      const letter = /\p{L}/u.test(char);
      const expected = (letter ? LETTER : 0) | (letter && /\p{Script=Latin}/u.test(char) ? LATIN : 0);
      if (letterKind(point) !== expected) wrong.push(point);
    }
    expect(wrong).toEqual([]);
  });

  it('knows common letters', () => {
    expect(letterKind('a'.charCodeAt(0))).toBe(LETTER | LATIN);
    expect(letterKind('ø'.charCodeAt(0))).toBe(LETTER | LATIN);
    expect(letterKind('Ж'.charCodeAt(0))).toBe(LETTER);
    expect(letterKind('µ'.charCodeAt(0))).toBe(LETTER); // a letter of no script
    expect(letterKind('3'.charCodeAt(0))).toBe(0);
    expect(letterKind(0xd835)).toBe(0); // a lone surrogate
  });
});
