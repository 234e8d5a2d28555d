/**
 * The banks of the bundled corpus, questions/<lang>.json: valid against
 * questions/schema.json, fresh (what `npm run questions` would write now), at
 * least 25 questions covering every category the corpus supports, and within
 * the quiz quality rules.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsOf, LANGS, type ArticleFacts } from '../../src/facts.js';
import { bankProblems, bundledBankPath, readBank } from '../../src/quiz/bank.js';
import { bankOf, bundledCorpusFacts } from '../../src/quiz/bundled.js';
import { CATEGORIES, type Category } from '../../src/quiz/types.js';
import { expectQualityRules } from './quality-rules.js';

let all: ArticleFacts[] = [];
// Extraction of the whole corpus takes a while.
beforeAll(() => {
  all = bundledCorpusFacts();
}, 120_000);

/** The categories the corpus has facts for (with a role where one is needed), counted independently of the generator. */
function supported(corpus: readonly ArticleFacts[]): Set<Category> {
  const facts = corpus.flatMap((a) => a.facts);
  const money = factsOf(facts, 'money');
  const has: Record<Category, boolean> = {
    speed: factsOf(facts, 'speedup').length > 0,
    budget: factsOf(facts, 'budget').length > 0 || money.some((f) => f.role === 'budget'),
    revenue: money.some((f) => f.role === 'revenue'),
    profit: money.some((f) => f.role === 'profit'),
    growth: factsOf(facts, 'percent').some((f) => f.role !== undefined),
    institution: factsOf(facts, 'organization').length > 0,
    person: factsOf(facts, 'person').some((f) => f.role !== undefined),
    source: factsOf(facts, 'source').length > 0,
    comparison: corpus.length >= 4,
  };
  return new Set(CATEGORIES.filter((c) => has[c]));
}

describe.each(LANGS)('questions/%s.json', (lang) => {
  const file = bundledBankPath(lang);

  it('is valid against questions/schema.json', () => {
    const problems = bankProblems(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
    expect(readBank(file).language).toBe(lang);
  });

  it('is what `npm run questions` makes of the corpus now (run it when this fails)', () => {
    const bank = readBank(file);
    expect(JSON.stringify(bank, null, 2)).toBe(JSON.stringify(bankOf(all, lang, bank.seed), null, 2));
  });

  it('has at least 25 questions covering every category the corpus supports', () => {
    const bank = readBank(file);
    expect(bank.questions.length).toBeGreaterThanOrEqual(25);
    const categories = new Set(bank.questions.map((q) => q.category));
    for (const c of supported(all)) expect(categories.has(c), c).toBe(true);
  });

  it('keeps the quiz quality rules', () => {
    expectQualityRules(readBank(file).questions, lang);
  });
});
