/** Choosing three distractors from candidates that are all known to be false. */
import { formattedForm } from '../../i18n/format.js';
import { memo } from '../../util/memo.js';
import { shuffle, type Random } from '../random.js';

/** Candidates recur from question to question: their formatted forms are kept. */
const formOf = memo(formattedForm);

/**
 * Three candidates in a random order, distinct from the correct option and from
 * each other after formatting; undefined when fewer than three remain.
 *
 * Length must not give the answer away either way: with `longest` the correct
 * option is made the single longest where the candidates allow, otherwise a
 * candidate at least as long is taken where one exists. The caller asks for
 * `longest` about one time in four, as chance would have it.
 */
export function pickDistractors(correct: string, candidates: readonly string[], random: Random, longest = false): [string, string, string] | undefined {
  const pool: string[] = [];
  let shorterCount = 0;
  const taken = new Set([formOf(correct)]);
  // Only as many candidates are read, in the shuffled order, as the choice below needs.
  for (const c of shuffle(candidates, random)) {
    const form = formOf(c);
    if (taken.has(form)) continue;
    taken.add(form);
    pool.push(c);
    if (c.length < correct.length) shorterCount++;
    if (decided(pool, shorterCount, correct, longest)) break;
  }
  if (pool.length < 3) return undefined;
  const shorter = pool.filter((c) => c.length < correct.length);
  if (longest && shorter.length >= 3) return shorter.slice(0, 3) as [string, string, string];
  const chosen = pool.slice(0, 3) as [string, string, string];
  if (!longest && chosen.every((c) => c.length < correct.length)) {
    const longer = pool.slice(3).find((c) => c.length >= correct.length);
    if (longer) chosen[2] = longer;
  }
  return chosen;
}

/**
 * Whether the candidates taken so far (`pool`, `shorter` of them shorter than
 * the correct option) settle the choice: with `longest` three shorter ones;
 * otherwise three, not all shorter, or else the first longer one after them.
 */
function decided(pool: readonly string[], shorter: number, correct: string, longest: boolean): boolean {
  if (pool.length < 3) return false;
  if (longest) return shorter >= 3;
  if (pool.length === 3) return shorter < 3;
  return pool[pool.length - 1]!.length >= correct.length;
}
