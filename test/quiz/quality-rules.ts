/** The quiz quality rules as test assertions over a whole bank (shared by the bank tests). */
import { expect } from 'vitest';
import { detectLanguage } from '../../src/corpus/detect.js';
import type { Lang } from '../../src/facts.js';
import { catalog } from '../../src/i18n/catalog.js';
import { bankQuality, qualityProblems, RULES } from '../../src/quiz/quality.js';
import type { Question } from '../../src/quiz/types.js';

/** The quiz's own words: quotes (titles, evidence), file names in parentheses and names left out. */
export function quizWords(questions: readonly Question[], lang: Lang): string {
  const [open, close] = catalog(lang).quiz.quote('\u0000').split('\u0000') as [string, string];
  const quoted = new RegExp(`${open.trim()}[^${close.trim()}]*${close.trim()}`, 'gu');
  const names = new Set(questions.filter((q) => ['person', 'source', 'institution'].includes(q.category)).flatMap((q) => q.options));
  const words = questions.map((q) => [q.stem, ...q.options.filter((o) => !names.has(o)), q.explanation].join(' '));
  return words
    .join('\n')
    .replace(quoted, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[“”"][^“”"]*[“”"]/g, ' ');
}

export function expectQualityRules(questions: readonly Question[], lang: Lang): void {
  const quality = bankQuality(questions, lang);
  expect(quality.questions).toBeGreaterThanOrEqual(RULES.minBank);
  expect(qualityProblems(quality)).toEqual([]);
  for (const share of quality.positions) {
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.35);
  }
  expect(quality.longest).toBeLessThanOrEqual(0.4);
  // The correct value is not always the same of the two middle values.
  if (quality.numericRanks.questions >= 4) {
    expect(quality.numericRanks.second).toBeGreaterThan(0);
    expect(quality.numericRanks.second).toBeLessThan(1);
  }
  const detected = detectLanguage(quizWords(questions, lang));
  expect(detected.ok && detected.language, `quiz text in ${lang}`).toBe(lang);
}

