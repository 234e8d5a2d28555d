import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { summarize } from '../../src/summarize/index.js';
import { createLesson } from '../../src/ui/lesson.js';

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
    // The event loop ran between articles (a timer fired), not after all of them only.
    expect(turns).toBeGreaterThan(0);
    const ready = lesson.questions('de');
    expect(ready).toEqual(generateQuestions(extractAll(articles), 'de', { seed: 3, count: 6 }));
    expect(lesson.questions('de')).toBe(ready);
  });
});
