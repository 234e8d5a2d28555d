import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFactor, formatMoney, formatPercent } from '../../src/i18n/format.js';
import { numericDistractors, roundingStep } from '../../src/quiz/distractors/numbers.js';
import { mulberry32 } from '../../src/quiz/random.js';

const scale = (x: number) => Math.floor(Math.log10(x) / 3);

describe('rounding step', () => {
  it('follows the last significant digit, with at least two significant digits', () => {
    expect(roundingStep(11e9)).toBe(1e9);
    expect(roundingStep(3.1e9)).toBe(1e8);
    expect(roundingStep(16)).toBe(1);
    expect(roundingStep(250e6)).toBe(1e7);
    expect(roundingStep(12.5)).toBeCloseTo(0.1);
  });

  it('keeps small factors whole (halves for 1 and 2)', () => {
    expect(roundingStep(10)).toBe(1);
    expect(roundingStep(3)).toBe(1);
    expect(roundingStep(2)).toBe(0.5);
  });
});

describe('numeric distractors', () => {
  it('gives $11 billion three other billions, some smaller and some larger, away from the profit', () => {
    const format = (x: number) => formatMoney(x, 'USD', 'en');
    const out = numericDistractors({ value: 11e9, excluded: [11e9], below: 1, format, plausible: (x) => scale(x) === scale(11e9) }, mulberry32(3))!;
    expect(out).toHaveLength(3);
    expect(out.filter((x) => x < 11e9)).toHaveLength(1);
    expect(out.filter((x) => x > 11e9)).toHaveLength(2);
    for (const x of out) expect(format(x)).toMatch(/^\$\d+(\.\d)? billion$/);
  });

  it('never comes within 10 % of the value or of an excluded value, and keeps unit and magnitude', () => {
    const values = fc.oneof(
      fc.integer({ min: 4, max: 500 }).map((v) => ({ v, kind: 'factor' as const })),
      fc.integer({ min: 1, max: 95 }).map((v) => ({ v, kind: 'percent' as const })),
      fc.integer({ min: 12, max: 990 }).map((v) => ({ v: v * 1e7, kind: 'money' as const })),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(1 as const, 2 as const), fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0.3, max: 3, noNaN: true }), ({ v, kind }, below, seed, ratio) => {
        const excluded = [v * ratio];
        const format = kind === 'factor' ? (x: number) => formatFactor(x, 'de') : kind === 'percent' ? (x: number) => formatPercent(x, 'de') : (x: number) => formatMoney(x, 'EUR', 'de');
        const plausible = kind === 'factor' ? (x: number) => x > 1 : kind === 'percent' ? (x: number) => x > 0 : (x: number) => scale(x) === scale(v);
        const out = numericDistractors({ value: v, excluded, below, format, plausible }, mulberry32(seed));
        if (!out) return;
        expect(out.filter((x) => x < v)).toHaveLength(below);
        expect(new Set(out.map(format)).size).toBe(3);
        for (const x of out) {
          expect(plausible(x)).toBe(true);
          for (const a of [v, ...excluded]) expect(Math.abs(x - a) / Math.max(x, a)).toBeGreaterThanOrEqual(0.1 - 1e-9);
          expect(format(x)).not.toBe(format(v));
        }
      }),
    );
  });

  it('finds a smaller neighbour for "twice" (1.5 times) and refuses what it cannot do', () => {
    const format = (x: number) => formatFactor(x, 'en');
    const out = numericDistractors({ value: 2, excluded: [], below: 1, format, plausible: (x) => x > 1 }, mulberry32(1))!;
    expect(out.filter((x) => x < 2)).toEqual([1.5]);
    // Two values below 2 that are above 1 and 10 % apart do not exist at half steps.
    expect(numericDistractors({ value: 2, excluded: [], below: 2, format, plausible: (x) => x > 1 }, mulberry32(1))).toBeUndefined();
  });
});
