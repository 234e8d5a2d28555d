/** The class report: many results files summed up. */
import { share, type Tally } from './grade.js';
import type { Results } from './results.js';
import { CATEGORIES, type Category } from './types.js';

export interface Band {
  /** Percent, inclusive. */
  from: number;
  to: number;
  count: number;
}

export interface MissedQuestion {
  id: string;
  category: Category;
  stem: string;
  missed: number;
  asked: number;
}

export interface ClassReport {
  results: number;
  /** Mean of the scores (0–1). */
  average: number;
  /** How many results score in each band, lowest first. */
  distribution: Band[];
  /** The questions missed most often (by share, then count), at most MOST_MISSED. */
  mostMissed: MissedQuestion[];
  byCategory: Array<Tally & { category: Category }>;
}

const BANDS: ReadonlyArray<[number, number]> = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];
export const MOST_MISSED = 5;

export function classReport(all: readonly Results[]): ClassReport {
  const scores = all.map((r) => Math.round(share(r.score) * 100));
  const missed = new Map<string, MissedQuestion>();
  const byCategory = new Map<Category, Tally>();
  for (const r of all) {
    for (const q of r.questions) {
      // Questions keep their id across seeds and languages; the first stem seen names them.
      const m = missed.get(q.id) ?? { id: q.id, category: q.category, stem: q.stem, missed: 0, asked: 0 };
      m.asked++;
      if (!q.correct) m.missed++;
      missed.set(q.id, m);
      const t = byCategory.get(q.category) ?? { correct: 0, total: 0 };
      t.total++;
      if (q.correct) t.correct++;
      byCategory.set(q.category, t);
    }
  }
  return {
    results: all.length,
    average: all.length ? all.reduce((sum, r) => sum + share(r.score), 0) / all.length : 0,
    distribution: BANDS.map(([from, to]) => ({ from, to, count: scores.filter((s) => s >= from && s <= to).length })),
    mostMissed: [...missed.values()]
      .filter((m) => m.missed > 0)
      .sort((a, b) => b.missed / b.asked - a.missed / a.asked || b.missed - a.missed || (a.id < b.id ? -1 : 1))
      .slice(0, MOST_MISSED),
    byCategory: CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
  };
}
