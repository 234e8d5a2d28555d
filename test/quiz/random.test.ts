import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedPositions, hash32, mulberry32, randomFor, shuffle } from '../../src/quiz/random.js';

describe('seeded randomness', () => {
  it('hashes like FNV-1a (32 bit)', () => {
    // Reference values of FNV-1a 32: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  it('gives the same stream for the same seed and key, another for another', () => {
    const take = (r: () => number) => Array.from({ length: 5 }, r);
    expect(take(randomFor(7, 'order'))).toEqual(take(randomFor(7, 'order')));
    expect(take(randomFor(7, 'order'))).not.toEqual(take(randomFor(8, 'order')));
    expect(take(randomFor(7, 'order'))).not.toEqual(take(randomFor(7, 'positions')));
    for (const x of take(mulberry32(123))) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (items, seed) => {
        const copy = items.slice();
        const out = shuffle(items, mulberry32(seed));
        expect(items).toEqual(copy);
        expect(out.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b));
      }),
    );
  });

  it('balances answer positions: each occurs ⌊n/4⌋ or ⌈n/4⌉ times', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, seed) => {
        const positions = balancedPositions(n, mulberry32(seed));
        expect(positions).toHaveLength(n);
        for (const p of [0, 1, 2, 3]) {
          const count = positions.filter((x) => x === p).length;
          expect(count).toBeGreaterThanOrEqual(Math.floor(n / 4));
          expect(count).toBeLessThanOrEqual(Math.ceil(n / 4));
        }
      }),
    );
  });

  it('keeps each position within 15–35 % for every bank of 8 or more questions', () => {
    for (let n = 8; n <= 200; n++) {
      const positions = balancedPositions(n, mulberry32(n));
      for (const p of [0, 1, 2, 3]) {
        const share = positions.filter((x) => x === p).length / n;
        expect(share, `n=${n}`).toBeGreaterThanOrEqual(0.15);
        expect(share, `n=${n}`).toBeLessThanOrEqual(0.35);
      }
    }
  });
});
