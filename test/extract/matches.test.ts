import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/extract/matches.js';

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
