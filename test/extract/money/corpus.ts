/** Duckling-style corpus test for the money dimension: inputs with the amounts they state, and inputs with none. */
import { describe, expect, it } from 'vitest';
import { factsOf, type Lang, type MoneyRole } from '../../../src/facts.js';
import { article, evidenceIsExact, factsIn } from '../../helpers.js';

export interface MoneyWant {
  amount: number;
  currency: string;
  role?: MoneyRole;
  approximate?: boolean;
  evidence: string;
}
/** [input, every amount it states, in the order in which their evidence starts] */
export type MoneyExample = readonly [string, readonly MoneyWant[]];

export function moneyCorpus(lang: Lang, positives: readonly MoneyExample[], negatives: readonly string[]): void {
  describe(`money (${lang})`, () => {
    it.each(positives)('%s', (text, wants) => {
      const facts = factsIn(text, lang);
      const found = factsOf(facts, 'money').map((f) => ({
        amount: f.amount,
        currency: f.currency,
        role: f.role ?? null,
        approximate: f.approximate,
        evidence: f.evidence.text,
      }));
      expect(found).toEqual(wants.map((w) => ({ ...w, role: w.role ?? null, approximate: w.approximate ?? false })));
      expect(evidenceIsExact(article(text, lang), factsOf(facts, 'money'))).toBe(true);
    });
    it.each(negatives)('none in: %s', (text) => {
      expect(factsOf(factsIn(text, lang), 'money')).toEqual([]);
    });
  });
}
