/** The banks of the bundled corpus (questions/<lang>.json): how they are made, so a test can tell when one is stale. */
import { loadBundledCorpus } from '../corpus/load.js';
import { extractAll } from '../extract/index.js';
import type { Lang } from '../facts.js';
import { DEFAULT_SEED, generateQuestions } from './generate.js';
import type { Bank } from './types.js';

export function bundledCorpusBank(language: Lang, seed = DEFAULT_SEED): Bank {
  const all = extractAll(loadBundledCorpus().articles);
  return { language, seed, questions: generateQuestions(all, language, { seed }) };
}
