/** The banks of the bundled corpus (questions/<lang>.json): how they are made, so a test can tell when one is stale. */
import { loadBundledCorpus } from '../corpus/load.js';
import { extractAll } from '../extract/index.js';
import type { ArticleFacts, Lang } from '../facts.js';
import { DEFAULT_SEED, generateQuestions } from './generate.js';
import type { Bank } from './types.js';

/** The facts of the bundled corpus (extract once, then make every language's bank from them). */
export function bundledCorpusFacts(): ArticleFacts[] {
  return extractAll(loadBundledCorpus().articles);
}

/** The bank of the whole of `all` in `language`: every question, in the seed's order. */
export function bankOf(all: readonly ArticleFacts[], language: Lang, seed = DEFAULT_SEED): Bank {
  return { language, seed, questions: generateQuestions(all, language, { seed }) };
}
