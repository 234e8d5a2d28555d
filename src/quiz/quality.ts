/**
 * The quiz quality rules (shared/DESIGN.md) measured over a whole bank: where the
 * answers sit, how often the correct option is the single longest, and per
 * question: distinct options, numeric distractors of one unit on both sides of
 * the answer, an explanation that quotes the evidence.
 */
import type { Lang } from '../facts.js';
import { sameWhenFormatted } from '../i18n/format.js';
import { parseNumeral } from '../text/numbers.js';
import type { Question } from './types.js';

export interface BankQuality {
  questions: number;
  /** Share of questions whose answer is at position 0, 1, 2, 3. */
  positions: [number, number, number, number];
  /** Share of questions whose correct option is longer than each of the others. */
  longest: number;
  /** Share of numeric questions whose answer is the 2nd smallest value (the rest are 3rd smallest). */
  numericRanks: { questions: number; second: number };
  /** One line per broken rule: "speed-1a2b3c4d: numeric distractors all smaller". */
  problems: string[];
}

/** Limits of the rules for banks of at least MIN_BANK questions. */
export const RULES = { minPosition: 0.15, maxPosition: 0.35, maxLongest: 0.4, minBank: 8 } as const;

const NUMERAL = /\d(?:[\d.,\u00a0\u202f ]*\d)?/u;

/** An option's number and its unit (the option with the number left out), or undefined for a text option. */
function numberIn(option: string, lang: Lang): { value: number; unit: string } | undefined {
  const text = lang === 'en' && option === 'twice' ? '2 times' : option;
  const m = NUMERAL.exec(text);
  if (!m) return undefined;
  const value = parseNumeral(m[0], lang);
  return value === undefined ? undefined : { value, unit: text.replace(m[0], '#') };
}

function singleLongest(q: Question): boolean {
  const len = q.options[q.answer].length;
  return q.options.every((o, i) => i === q.answer || o.length < len);
}

function checkQuestion(q: Question, lang: Lang, ranks: number[]): string[] {
  const problems: string[] = [];
  const say = (p: string) => problems.push(`${q.id}: ${p}`);
  if (q.options.some((o, i) => q.options.slice(i + 1).some((p) => sameWhenFormatted(o, p)))) say('two options read the same');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (!q.evidence.some((e) => flat(q.explanation).includes(flat(e.text)))) say('the explanation does not quote the evidence');
  const numbers = q.options.map((o) => numberIn(o, lang));
  if (q.category !== 'comparison' && numbers.every((n) => n !== undefined)) {
    const units = new Set(numbers.map((n) => n!.unit));
    if (units.size > 1) say(`numeric options in different units: ${[...units].join(' | ')}`);
    const answer = numbers[q.answer]!.value;
    const below = numbers.filter((n) => n!.value < answer).length;
    if (below === 0) say('numeric distractors all larger');
    if (below === 3) say('numeric distractors all smaller');
    ranks.push(below);
  }
  return problems;
}

export function bankQuality(questions: readonly Question[], lang: Lang): BankQuality {
  const n = questions.length || 1;
  const positions: [number, number, number, number] = [0, 0, 0, 0];
  for (const q of questions) positions[q.answer]++;
  const ranks: number[] = [];
  const problems = questions.flatMap((q) => checkQuestion(q, lang, ranks));
  return {
    questions: questions.length,
    positions: positions.map((c) => c / n) as [number, number, number, number],
    longest: questions.filter(singleLongest).length / n,
    numericRanks: { questions: ranks.length, second: ranks.filter((r) => r === 1).length / (ranks.length || 1) },
    problems,
  };
}

/** The bank-wide rules broken (for banks of at least RULES.minBank questions), as lines. */
export function qualityProblems(quality: BankQuality): string[] {
  const out = [...quality.problems];
  if (quality.questions < RULES.minBank) return out;
  quality.positions.forEach((share, i) => {
    if (share < RULES.minPosition || share > RULES.maxPosition) out.push(`answer position ${'ABCD'[i]} holds ${(share * 100).toFixed(1)} % of the answers`);
  });
  if (quality.longest > RULES.maxLongest) out.push(`the correct option is the single longest in ${(quality.longest * 100).toFixed(1)} % of the questions`);
  return out;
}
