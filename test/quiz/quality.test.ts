/** The quiz quality rules of shared/DESIGN.md, computed over whole banks in every language. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { bankQuality, qualityProblems } from '../../src/quiz/quality.js';
import type { Question } from '../../src/quiz/types.js';
import { story } from './fixtures.js';
import { expectQualityRules } from './quality-rules.js';

describe.each(LANGS)('a bank in %s from articles in six languages', (lang) => {
  it.each([1, 2, 77, 4294967295])('keeps the quality rules with seed %i', (seed) => {
    expectQualityRules(generateQuestions(story(), lang, { seed }), lang);
  });

  it('keeps them with --count 12', () => {
    expectQualityRules(generateQuestions(story(), lang, { seed: 9, count: 12 }), lang);
  });
});

describe('the quality measure', () => {
  const base = generateQuestions(story(), 'en', { seed: 1 });

  it('reports a bank whose answers all sit at one position', () => {
    const skewed = base.map((q): Question => {
      const options = [...q.options] as Question['options'];
      [options[0], options[q.answer]] = [options[q.answer], options[0]];
      return { ...q, options, answer: 0 };
    });
    const problems = qualityProblems(bankQuality(skewed, 'en'));
    expect(problems).toContain('answer position A holds 100.0 % of the answers');
    expect(problems).toContain('answer position B holds 0.0 % of the answers');
  });

  it('reports alike options, one-sided numbers, other units and a correct option that is always the longest', () => {
    const q = base.find((x) => x.category === 'revenue')!;
    const answer = q.options[q.answer];
    const alike: Question = { ...q, id: 'alike', options: [answer, ` ${answer.toUpperCase()} `, 'a', 'b'], answer: 0 };
    const oneSided: Question = { ...q, id: 'one-sided', options: ['€220 million', '€100 million', '€150 million', '€180 million'], answer: 0 };
    const units: Question = { ...q, id: 'units', options: ['€220 million', '€100 billion', '€300 million', '€180 million'], answer: 0 };
    const problems = qualityProblems(bankQuality([alike, oneSided, units], 'en'));
    expect(problems).toContain('alike: two options read the same');
    expect(problems).toContain('one-sided: numeric distractors all smaller');
    expect(problems.some((p) => p.startsWith('units: numeric options in different units'))).toBe(true);
    const longest = base.map((x): Question => ({ ...x, options: x.options.map((o, i) => (i === x.answer ? `${o} (and more words)` : o)) as Question['options'] }));
    expect(qualityProblems(bankQuality(longest, 'en')).some((p) => p.startsWith('the correct option is the single longest'))).toBe(true);
  });

  it('reports an explanation that does not quote the evidence', () => {
    const q = { ...base[0]!, explanation: 'Because.' };
    expect(qualityProblems(bankQuality([q], 'en'))).toEqual([`${q.id}: the explanation does not quote the evidence`]);
  });
});
