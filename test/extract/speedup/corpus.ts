/** Duckling-style corpus test for the speedup dimension: inputs with their factor and evidence, and inputs with none. */
import { describe, expect, it } from 'vitest';
import { factsOf, type Lang } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';

/** [input, factor, evidence text] */
export type SpeedupExample = readonly [string, number, string];

export function speedupCorpus(lang: Lang, positives: readonly SpeedupExample[], negatives: readonly string[]): void {
  describe(`speed-up (${lang})`, () => {
    it.each(positives)('%s', (text, factor, evidence) => {
      const found = factsOf(factsIn(text, lang), 'speedup');
      expect(found.map((f) => [f.factor, f.evidence.text])).toEqual([[factor, evidence]]);
    });
    it.each(negatives)('none in: %s', (text) => {
      expect(factsOf(factsIn(text, lang), 'speedup')).toEqual([]);
    });
  });
}
