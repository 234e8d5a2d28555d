import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickDistractors } from '../../src/quiz/distractors/pick.js';
import { formattedForm } from '../../src/i18n/format.js';
import { mulberry32, shuffle } from '../../src/quiz/random.js';

/** The rule as written in pick.ts, over the whole shuffled list: the reference the early stop must agree with. */
function reference(correct: string, candidates: readonly string[], seed: number, longest: boolean): string[] | undefined {
  const pool: string[] = [];
  const taken = new Set([formattedForm(correct)]);
  for (const c of shuffle(candidates, mulberry32(seed))) {
    if (!taken.has(formattedForm(c))) {
      taken.add(formattedForm(c));
      pool.push(c);
    }
  }
  if (pool.length < 3) return undefined;
  const shorter = pool.filter((c) => c.length < correct.length);
  if (longest && shorter.length >= 3) return shorter.slice(0, 3);
  const chosen = pool.slice(0, 3);
  if (!longest && chosen.every((c) => c.length < correct.length)) {
    const longer = pool.slice(3).find((c) => c.length >= correct.length);
    if (longer) chosen[2] = longer;
  }
  return chosen;
}

describe('pickDistractors', () => {
  it('makes the correct option the single longest when asked and the candidates allow', () => {
    const picked = pickDistractors('Warner Bros. Discovery', ['HBO', 'Disney', 'Sony', 'Paramount Global Studios'], mulberry32(1), true);
    expect(picked).toHaveLength(3);
    for (const p of picked!) expect(p.length).toBeLessThan('Warner Bros. Discovery'.length);
  });

  it('otherwise offers a candidate at least as long as the correct option where one exists', () => {
    const picked = pickDistractors('Paramount', ['HBO', 'AP', 'EFE', 'ANP', 'Lionsgate Films'], mulberry32(7), false);
    expect(picked!.some((p) => p.length >= 'Paramount'.length)).toBe(true);
  });

  it('never offers two options that read the same, nor fewer than three', () => {
    expect(pickDistractors('AFP', ['Reuters', 'reuters', ' Reuters ', 'AFP'], mulberry32(3))).toBeUndefined();
    const picked = pickDistractors('AFP', ['Reuters', 'reuters', 'EFE', 'dpa', 'DPA'], mulberry32(3))!;
    expect(new Set(picked.map(formattedForm)).size).toBe(3);
  });

  it('chooses as if it had read every candidate', () => {
    const name = fc.constantFrom('A', 'Bb', 'bb', 'Ccc', 'Dddd', 'Eeeee', 'ffffff', 'FFFFFF', 'Ggggggg', 'Hhhhhhhhh', ' A ');
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 14 }), fc.nat(), fc.boolean(), (correct, candidates, seed, longest) => {
        expect(pickDistractors(correct, candidates, mulberry32(seed), longest)).toEqual(reference(correct, candidates, seed, longest));
      }),
      { numRuns: 3000 },
    );
  });
});
