import { describe, expect, it } from 'vitest';
import { allMatches, guardedMatches } from '../../src/extract/matches.js';

const found = (text: string, re: RegExp) => allMatches(text, re).map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it('gives every match with its place, groups kept', () => {
    expect(found('a1b22c333', /\d+/g)).toEqual([[1, '1'], [3, '22'], [6, '333']]);
    const [m] = allMatches('Revenue: $5 million', /\$(?<n>\d+) (?<scale>million)/gu);
    expect(m?.groups).toEqual({ n: '5', scale: 'million' });
  });

  it('steps past empty matches by one code point with the u flag, by one unit without', () => {
    expect(found('a😀b', /(?:)/gu).map(([i]) => i)).toEqual([0, 1, 3, 4]);
    expect(found('a😀b', /(?:)/g).map(([i]) => i)).toEqual([0, 1, 2, 3, 4]);
    expect(found('ab', /x*/g)).toEqual([[0, ''], [1, ''], [2, '']]);
  });

  it('starts from the beginning whatever lastIndex was, and leaves it at 0', () => {
    const re = /b/g;
    re.lastIndex = 2;
    expect(found('b b', re)).toEqual([[0, 'b'], [2, 'b']]);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => allMatches('x', /x/)).toThrow('global');
  });
});

describe('guardedMatches', () => {
  const notInWord = /(?<![\p{L}\p{N}])/uy;

  it('gives the matches that start where the guard holds, as the guard written before the pattern would', () => {
    const text = 'Unreported, then reported by Reuters; misreported reports.';
    const re = /(?:reported|reports)\s*/gu;
    const expected = [[17, 'reported '], [50, 'reports']];
    expect(guardedMatches(text, re, notInWord).map((m) => [m.index, m[0]])).toEqual(expected);
    expect(allMatches(text, /(?<![\p{L}\p{N}])(?:reported|reports)\s*/gu).map((m) => [m.index, m[0]])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });

  it('tries again right after a refused start, where a shorter match may begin', () => {
    // "aab": "aa" at 0 is refused (after "x"), "ab" at 1 is not read as a word either, "b" at 2 is.
    expect(guardedMatches('xaab b', /a*b/gu, /(?<![a-z])/y).map((m) => [m.index, m[0]])).toEqual([[5, 'b']]);
    expect(guardedMatches('x-ab', /a*b/gu, /(?<=-)/y).map((m) => [m.index, m[0]])).toEqual([[2, 'ab']]);
  });

  it('needs a global pattern and a sticky guard', () => {
    expect(() => guardedMatches('x', /x/, notInWord)).toThrow('sticky');
    expect(() => guardedMatches('x', /x/g, /(?<!a)/u)).toThrow('sticky');
  });
});
