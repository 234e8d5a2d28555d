/**
 * Properties over many corpora: the story with random figures and random facts
 * left out. Whatever the facts, every question keeps the per-question quality
 * rules, no wrong option is true, and cross-article answers match a count made
 * here from the facts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf, type ArticleFacts, type Fact } from '../../src/facts.js';
import { catalog } from '../../src/i18n/catalog.js';
import { formatFactor, formatMoney, formatPercent, sameWhenFormatted } from '../../src/i18n/format.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { mentionsAny, personSpellings } from '../../src/quiz/mentions.js';
import { bankQuality } from '../../src/quiz/quality.js';
import { story } from './fixtures.js';

const base = story();

/** The story with figures replaced and some facts dropped, as the arbitraries decide. */
const corpora = fc
  .tuple(
    fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(150e6, 220e6, 230e6, 1.2e9, 4.5e9), { minLength: 6, maxLength: 6 }),
    fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([factors, amounts, percents, keep]) =>
    base.map((a, i): ArticleFacts => ({
      article: a.article,
      facts: a.facts
        .filter((_, j) => keep[i]![j] !== false)
        .map((f): Fact => (f.kind === 'speedup' ? { ...f, factor: factors[i]! } : f.kind === 'money' && f.role === 'revenue' ? { ...f, amount: amounts[i]! } : f.kind === 'percent' ? { ...f, value: percents[i]! } : f)),
    })),
  );

describe('questions over random corpora', () => {
  it('keep the per-question rules and offer no true wrong option', () => {
    fc.assert(
      fc.property(corpora, fc.constantFrom('en', 'de', 'nb', 'fr' as const), fc.integer({ min: 0, max: 1000 }), (all, lang, seed) => {
        const qs = generateQuestions(all, lang, { seed });
        expect(bankQuality(qs, lang).problems).toEqual([]);
        const t = catalog(lang).quiz;
        for (const q of qs) {
          expect(q.answer).toBeGreaterThanOrEqual(0);
          expect(q.answer).toBeLessThanOrEqual(3);
          const wrong = q.options.filter((_, i) => i !== q.answer);
          const one = q.articles.length === 1 ? all.find((a) => a.article.file === q.articles[0]) : undefined;
          if (one && q.category === 'speed') {
            const stated = factsOf(one.facts, 'speedup').map((f) => formatFactor(f.factor, lang));
            for (const w of wrong) expect(stated.some((s) => sameWhenFormatted(s, w))).toBe(false);
          }
          if (one && q.category === 'revenue') {
            const stated = factsOf(one.facts, 'money').filter((f) => f.role === 'revenue').map((f) => formatMoney(f.amount, f.currency, lang));
            for (const w of wrong) expect(stated.some((s) => sameWhenFormatted(s, w))).toBe(false);
          }
          if (one && q.category === 'growth') {
            const stated = factsOf(one.facts, 'percent').map((f) => formatPercent(f.value, lang));
            for (const w of wrong) expect(stated.some((s) => sameWhenFormatted(s, w))).toBe(false);
          }
          if (one && (q.category === 'person' || q.category === 'source' || q.category === 'institution')) {
            for (const w of wrong) expect(mentionsAny(`${one.article.title}\n${one.article.body}`, personSpellings(w))).toBe(false);
          }
          if (q.stem === t.stems.agreement.revenue) {
            const stating = all.filter((a) => factsOf(a.facts, 'money').some((f) => f.role === 'revenue'));
            const values = new Set(stating.flatMap((a) => factsOf(a.facts, 'money').filter((f) => f.role === 'revenue').map((f) => f.amount)));
            expect(q.options[q.answer]).toBe(t.options.agreement(stating.length, values.size === 1 ? 'agree' : 'differ'));
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
