/** Runs every fact dimension over an article. */
import type { Article, ArticleFacts, Fact } from '../facts.js';
import { extractBudget } from './budget/index.js';
import { extractMoney } from './money/index.js';
import { extractOrganizations, findAllOrganizations } from './organizations/index.js';
import { extractPeople } from './people/index.js';
import { extractPercent } from './percent/index.js';
import { extractSources } from './sources/index.js';
import { extractSpeedup } from './speedup/index.js';

interface Dimension {
  extract: (article: Article) => Fact[];
  /** Does the costly part of `extract` for many articles at once, where that is faster; `extract` takes its results. */
  prepare?: (articles: readonly Article[]) => void;
}

const DIMENSIONS: readonly Dimension[] = [
  { extract: extractSpeedup },
  { extract: extractMoney },
  { extract: extractPercent },
  { extract: extractBudget },
  { extract: extractOrganizations, prepare: findAllOrganizations },
  { extract: extractPeople },
  { extract: extractSources },
];

/** How many steps extractSteps takes: one per dimension. */
export const EXTRACTION_STEPS = DIMENSIONS.length;

/** Facts in order of their position in the text, then by kind. */
const byPlace = (a: Fact, b: Fact) => a.evidence.start - b.evidence.start || a.kind.localeCompare(b.kind);

/** All facts of an article, in order of their position in the text, then by kind. */
export function extractFacts(article: Article): Fact[] {
  return DIMENSIONS.flatMap((d) => d.extract(article)).sort(byPlace);
}

/** The indices of `articles` grouped by language, each group in the order of the articles. */
function languageGroups(articles: readonly Article[]): number[][] {
  const groups = new Map<string, number[]>();
  articles.forEach((article, i) => {
    const group = groups.get(article.language);
    if (group) group.push(i);
    else groups.set(article.language, [i]);
  });
  return [...groups.values()];
}

/**
 * The facts of each article (as `extractFacts` gives them), in the order of
 * `articles`, worked out one dimension at a time: it yields after each
 * dimension and returns the facts after the last. Within a dimension the work
 * goes one language at a time over all its articles: a dimension's compiled
 * patterns stay in the processor's caches instead of being evicted by the
 * other dimensions' and languages' at every article. Between dimensions the
 * caller may let go of the patterns compiled so far (the lesson does, see
 * releaseCaches). Each article's facts depend on that article alone, so the
 * order of work changes nothing else.
 */
export function* extractSteps(articles: readonly Article[]): Generator<void, ArticleFacts[]> {
  const facts = articles.map((): Fact[] => []);
  const groups = languageGroups(articles);
  for (const { extract, prepare } of DIMENSIONS) {
    for (const group of groups) {
      prepare?.(group.map((i) => articles[i]!));
      for (const i of group) facts[i]!.push(...extract(articles[i]!));
    }
    yield;
  }
  return articles.map((article, i) => ({ article, facts: facts[i]!.sort(byPlace) }));
}

/** The facts of each article (as `extractFacts` gives them), in the order of `articles`: extractSteps at once. */
export function extractAll(articles: readonly Article[]): ArticleFacts[] {
  const steps = extractSteps(articles);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
