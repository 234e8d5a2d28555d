/** Duckling-style corpus test for the percent dimension: inputs with the percentages they state, and inputs with none. */
import { describe, expect, it } from 'vitest';
import { factsOf, type Lang, type PercentRole } from '../../../src/facts.js';
import { article, evidenceIsExact, factsIn } from '../../helpers.js';

export interface PercentWant {
  value: number;
  role?: PercentRole;
  evidence: string;
}
/** [input, every percentage it states, in the order in which their evidence starts] */
export type PercentExample = readonly [string, readonly PercentWant[]];

export function percentCorpus(lang: Lang, positives: readonly PercentExample[], negatives: readonly string[]): void {
  describe(`percent (${lang})`, () => {
    it.each(positives)('%s', (text, wants) => {
      const facts = factsIn(text, lang);
      const found = factsOf(facts, 'percent').map((f) => ({ value: f.value, role: f.role ?? null, evidence: f.evidence.text }));
      expect(found).toEqual(wants.map((w) => ({ ...w, role: w.role ?? null })));
      expect(evidenceIsExact(article(text, lang), factsOf(facts, 'percent'))).toBe(true);
    });
    it.each(negatives)('none in: %s', (text) => {
      expect(factsOf(factsIn(text, lang), 'percent')).toEqual([]);
    });
  });
}
