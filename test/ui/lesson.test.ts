import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { EXTRACTION_STEPS, extractAll } from '../../src/extract/index.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { summarize } from '../../src/summarize/index.js';
import type { Article } from '../../src/facts.js';
import { createLesson } from '../../src/ui/lesson.js';
import { releaseCaches } from '../../src/util/releasable.js';

const { articles } = loadBundledCorpus();

describe('the lesson read from articles', () => {
  it('gives what the generator and the summarizer give for the same articles, seed and count', () => {
    const lesson = createLesson(articles, { seed: 3, count: 6 });
    const all = extractAll(articles);
    expect(lesson.questions('nb')).toEqual(generateQuestions(all, 'nb', { seed: 3, count: 6 }));
    expect(lesson.summaries('fr')).toEqual(all.map((a) => summarize(a, 'fr')));
    // Computed once per language.
    expect(lesson.questions('nb')).toBe(lesson.questions('nb'));
  });

  it('reads ahead between keystrokes: after readAhead the questions of that language are ready, and the same', async () => {
    const lesson = createLesson(articles, { seed: 3, count: 6 });
    let turns = 0;
    const counter = setInterval(() => turns++, 0);
    await lesson.readAhead('de');
    clearInterval(counter);
    // The event loop ran between steps (a timer fired), not after all of them only.
    expect(turns).toBeGreaterThan(0);
    const ready = lesson.questions('de');
    expect(ready).toEqual(generateQuestions(extractAll(articles), 'de', { seed: 3, count: 6 }));
    expect(lesson.questions('de')).toBe(ready);
  });

  it('runs afterStep after each step of the extraction and after building questions or summaries; letting go of the compiled rules there changes nothing', () => {
    // Articles of their own: the facts found so far are kept per article, and these must be extracted anew.
    const fresh = loadBundledCorpus().articles;
    let steps = 0;
    const lesson = createLesson(fresh, {
      seed: 3,
      count: 6,
      afterStep: () => {
        steps++;
        releaseCaches();
      },
    });
    const questions = lesson.questions('es');
    // A step per dimension of the extraction, and one for the questions.
    expect(steps).toBe(EXTRACTION_STEPS + 1);
    expect(questions).toEqual(generateQuestions(extractAll(articles), 'es', { seed: 3, count: 6 }));
    expect(lesson.summaries('nl')).toEqual(extractAll(articles).map((a) => summarize(a, 'nl')));
    expect(steps).toBe(EXTRACTION_STEPS + 2);
    lesson.summaries('nl');
    expect(steps).toBe(EXTRACTION_STEPS + 2);
  });

  it('finishes at once what reading ahead has begun, when the questions are asked for in between, extracting once', async () => {
    let steps = 0;
    const lesson = createLesson(loadBundledCorpus().articles, { seed: 3, count: 6, afterStep: () => steps++ });
    const reading = lesson.readAhead('de');
    // readAhead has taken its first step and waits for the event loop; the learner is faster.
    expect(steps).toBe(1);
    const asked = lesson.questions('fr');
    expect(asked).toEqual(generateQuestions(extractAll(articles), 'fr', { seed: 3, count: 6 }));
    await reading;
    // The extraction once, then the questions of each language.
    expect(steps).toBe(EXTRACTION_STEPS + 2);
    expect(lesson.questions('de')).toEqual(generateQuestions(extractAll(articles), 'de', { seed: 3, count: 6 }));
    expect(lesson.questions('fr')).toBe(asked);
  });

  it('fails the same way each time it is asked, when an article cannot be read (no half-read facts)', () => {
    const broken = { ...articles[0]!, sentences: null } as unknown as Article;
    const lesson = createLesson([broken], { seed: 3, count: 6 });
    let first: unknown;
    try {
      lesson.questions('en');
    } catch (err) {
      first = err;
    }
    expect(first).toBeInstanceOf(TypeError);
    expect(() => lesson.summaries('en')).toThrow((first as Error).message);
  });
});
