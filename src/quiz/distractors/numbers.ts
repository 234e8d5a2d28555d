/**
 * Wrong numbers that look right: the same unit and magnitude as the true value,
 * some smaller and some larger, rounded like it, never near any value the
 * article states for the same role.
 */
import { formattedForm } from '../../i18n/format.js';
import { shuffle, type Random } from '../random.js';

export interface NumericSpec {
  /** The true value. */
  value: number;
  /** Other values that must not be offered (and nothing within 10 % of them). */
  excluded: readonly number[];
  /** How many distractors lie below the true value (the rest lie above). */
  below: 1 | 2;
  format(value: number): string;
  /** Whether a candidate is of the same kind and magnitude (a factor above 1, the same scale word, …). */
  plausible(candidate: number): boolean;
}

const BELOW = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];
const ABOVE = [1.2, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 1.8, 2];
/** Candidates must lie at least this far (relatively) from the true and excluded values. */
const MIN_DISTANCE = 0.1;

/**
 * The rounding step of a value: its last significant digit, but at least two
 * significant digits; whole numbers below 10 ("3 times") stay whole, but for
 * 1 and 2, which need halves to have a smaller neighbour ("twice": 1.5 times).
 */
export function roundingStep(value: number): number {
  if (Number.isInteger(value) && Math.abs(value) < 10) return Math.abs(value) >= 3 ? 1 : 0.5;
  const top = Math.floor(Math.log10(Math.abs(value)));
  let last = top;
  while (last > top - 6 && Math.abs(value / 10 ** last - Math.round(value / 10 ** last)) > 1e-9) last--;
  return 10 ** Math.min(last, top - 1);
}

/** 12 significant digits: a whole number below this has no more, and toPrecision would give it back unchanged. */
const EXACT_BELOW = 1e12;

function roundTo(value: number, step: number): number {
  const rounded = Math.round(value / step) * step;
  // Money is mostly whole: skip the slow round trip through a string (and turn -0 into 0 as it does).
  if (Number.isInteger(rounded) && Math.abs(rounded) < EXACT_BELOW) return rounded === 0 ? 0 : rounded;
  return Number(rounded.toPrecision(12));
}

const far = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) >= MIN_DISTANCE;

/** Three distractors, `below` of them smaller than the value; undefined when there are not enough. */
export function numericDistractors(spec: NumericSpec, random: Random): number[] | undefined {
  const step = roundingStep(spec.value);
  const avoid = [spec.value, ...spec.excluded];
  const chosen: number[] = [];
  // How the values to keep clear of read, and how those chosen read.
  const taken = new Set(avoid.map((a) => formattedForm(spec.format(a))));
  const take = (factors: number[], n: number): boolean => {
    let got = 0;
    for (const f of shuffle(factors, random)) {
      if (got === n) break;
      const c = roundTo(spec.value * f, step);
      // Distance first: it is cheap, and plausibility may format the candidate.
      if (!avoid.every((a) => far(a, c)) || !chosen.every((o) => far(o, c)) || !spec.plausible(c)) continue;
      const form = formattedForm(spec.format(c));
      if (taken.has(form)) continue;
      taken.add(form);
      chosen.push(c);
      got++;
    }
    return got === n;
  };
  return take(BELOW, spec.below) && take(ABOVE, 3 - spec.below) ? chosen : undefined;
}
