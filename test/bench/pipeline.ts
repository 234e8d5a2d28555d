/**
 * The core pipeline as the lesson runs it (load, extract, summarize, generate),
 * timed in its own process: `node <engine flags> pipeline.mjs TMP LANG SEED`
 * prints the times as JSON. The first run is the cold one. run.ts bundles this
 * file as the program is bundled, so that it times the code as installed (it
 * also runs from source with `--import tsx`).
 */
import path from 'node:path';
import { DEFAULT_COUNT } from '../../src/commands/quiz-options.js';
import { loadArticles, loadBundledCorpus } from '../../src/corpus/load.js';
import { bundledCorpusDir } from '../../src/corpus/paths.js';
import type { Lang } from '../../src/facts.js';
import { createLesson } from '../../src/ui/lesson.js';
import { writeArticles } from './articles.js';
import { median } from './pty.js';

export interface PipelineTimes {
  cold: number;
  five: number;
  hundred: number;
  thousand: number;
}

const [tmp, lang, seed] = process.argv.slice(2) as [string, Lang, string];

function pipeline(paths: string[]): void {
  const { articles } = loadArticles(paths);
  const lesson = createLesson(articles, { seed: Number(seed), count: DEFAULT_COUNT });
  lesson.summaries(lang);
  lesson.questions(lang);
}

function timed(paths: string[]): number {
  const t0 = performance.now();
  pipeline(paths);
  return performance.now() - t0;
}

function medianAfterWarmUp(paths: string[], warm: number, runs: number): number {
  for (let i = 0; i < warm; i++) pipeline(paths);
  return median(Array.from({ length: runs }, () => timed(paths)));
}

const corpus = bundledCorpusDir();
const cold = timed([corpus]);
if (loadBundledCorpus().articles.length !== 5) throw new Error('the bundled corpus should hold 5 articles');
const times: PipelineTimes = {
  cold,
  // V8 keeps optimizing for about 100 runs of five articles: the runs 20 to 50 took 9 to 14 ms, the runs 150 to 250 about 7 to 10 (medians, five processes).
  five: medianAfterWarmUp([corpus], 100, 50),
  hundred: medianAfterWarmUp([writeArticles(path.join(tmp, 'a100'), 100)], 2, 5),
  thousand: medianAfterWarmUp([writeArticles(path.join(tmp, 'a1000'), 1000)], 1, 3),
};
process.stdout.write(JSON.stringify(times));
