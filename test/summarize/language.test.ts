/**
 * Every summary of every test story, in every reader language: all text
 * (quotes aside) in the reader's language, every number a formatted fact value
 * of its article, every sentence with exact evidence.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/facts.js';
import { summarize } from '../../src/summarize/index.js';
import type { Summary } from '../../src/summarize/types.js';
import { problemsOf } from './check.js';
import { STORIES } from './stories.js';

describe('summaries of the test stories in every reader language', () => {
  const cases = LANGS.flatMap((story) => LANGS.map((reader) => [story, reader] as const));
  it.each(cases)('%s story, %s reader', (story, reader) => {
    const input = STORIES[story]();
    const summary = summarize(input, reader);
    expect(summary.sentences.length).toBeGreaterThan(5);
    expect(problemsOf(summary, input, reader)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch a sentence in another language, a number that is no fact, and missing evidence', () => {
    const input = STORIES.de();
    const summary = summarize(input, 'en');
    const broken: Summary = {
      ...summary,
      sentences: [
        { text: 'Dem Artikel zufolge war es 8-mal schneller.', evidence: summary.sentences[0]!.evidence },
        { text: 'According to the article, revenue was about €1.3 billion.', evidence: summary.sentences[2]!.evidence },
        { text: 'According to the article, profit was €85 million.', evidence: [] },
      ],
    };
    const problems = problemsOf(broken, input, 'en');
    expect(problems).toContainEqual(expect.stringMatching(/^foreign words dem, zufolge, war, es/));
    expect(problems).toContainEqual(expect.stringMatching(/^number 1\.3 is no fact/));
    expect(problems).toContainEqual(expect.stringMatching(/^no evidence for/));
  });
});
