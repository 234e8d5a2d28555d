import { describe, expect, it } from 'vitest';
import { isWhiteSpace, LATIN, LETTER, letterAt, letterBefore, letterKind } from '../../src/text/chars.js';

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

describe('letterAt and letterBefore', () => {
  it('read a letter of any plane as /\\p{L}/u does, a surrogate pair as one character', () => {
    const letter = /^\p{L}$/u;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `1${String.fromCharCode(code)}1`;
      const expected = letter.test(String.fromCharCode(code)) ? 1 : 0;
      if (letterAt(text, 1) !== expected || letterBefore(text, 2) !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    // 𝐀 (U+1D400) is a letter beyond the BMP; 😀 (U+1F600) is not; a lone surrogate is none.
    expect(letterAt('x𝐀y', 1)).toBe(2);
    expect(letterBefore('x𝐀y', 3)).toBe(2);
    expect(letterAt('x😀y', 1)).toBe(0);
    expect(letterAt('x\ud835y', 1)).toBe(0);
  });

  it('find nothing outside the text', () => {
    expect(letterAt('ab', 2)).toBe(0);
    expect(letterBefore('ab', 0)).toBe(0);
    expect(letterBefore('ab', 3)).toBe(0);
  });
});
