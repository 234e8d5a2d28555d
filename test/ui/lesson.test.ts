import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { summarize } from '../../src/summarize/index.js';
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

  it('runs afterStep between the steps of the extraction; letting go of the compiled rules there changes nothing', () => {
    let steps = 0;
    const lesson = createLesson(articles, {
      seed: 3,
      count: 6,
      afterStep: () => {
        steps++;
        releaseCaches();
      },
    });
    const questions = lesson.questions('es');
    // One step per dimension (speed-up, money, percentages, budget, organizations, people, sources).
    expect(steps).toBe(7);
    expect(questions).toEqual(generateQuestions(extractAll(articles), 'es', { seed: 3, count: 6 }));
    lesson.summaries('nl');
    expect(steps).toBe(7);
  });

  it('finishes at once what reading ahead has begun, when the questions are asked for in between', async () => {
    const lesson = createLesson(articles, { seed: 3, count: 6 });
    const reading = lesson.readAhead('de');
    // readAhead has taken its first step and waits for the event loop; the learner is faster.
    const asked = lesson.questions('fr');
    expect(asked).toEqual(generateQuestions(extractAll(articles), 'fr', { seed: 3, count: 6 }));
    await reading;
    expect(lesson.questions('de')).toEqual(generateQuestions(extractAll(articles), 'de', { seed: 3, count: 6 }));
    expect(lesson.questions('fr')).toBe(asked);
  });
});
