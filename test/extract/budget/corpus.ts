/** Duckling-style corpus test for the budget dimension: inputs with their evidence, and inputs with none. */
import { describe, expect, it } from 'vitest';
import { factsOf, type Lang } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';

/** [input, evidence text] */
export type BudgetExample = readonly [string, string];

export function budgetCorpus(lang: Lang, positives: readonly BudgetExample[], negatives: readonly string[]): void {
  describe(`budget statement (${lang})`, () => {
    it.each(positives)('%s', (text, evidence) => {
      const found = factsOf(factsIn(text, lang), 'budget');
      expect(found.map((f) => f.evidence.text)).toEqual([evidence]);
    });
    it.each(negatives)('none in: %s', (text) => {
      expect(factsOf(factsIn(text, lang), 'budget')).toEqual([]);
    });
  });
}
