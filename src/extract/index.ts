/** Runs every fact dimension over an article. */
import type { Article, ArticleFacts, Fact } from '../facts.js';
import { extractBudget } from './budget/index.js';
import { extractMoney } from './money/index.js';
import { extractOrganizations } from './organizations/index.js';
import { extractPeople } from './people/index.js';
import { extractPercent } from './percent/index.js';
import { extractSources } from './sources/index.js';
import { extractSpeedup } from './speedup/index.js';

const DIMENSIONS: ReadonlyArray<(article: Article) => Fact[]> = [
  extractSpeedup,
  extractMoney,
  extractPercent,
  extractBudget,
  extractOrganizations,
  extractPeople,
  extractSources,
];

/** All facts of an article, in order of their position in the text, then by kind. */
export function extractFacts(article: Article): Fact[] {
  const facts = DIMENSIONS.flatMap((extract) => extract(article));
  return facts.sort((a, b) => a.evidence.start - b.evidence.start || a.kind.localeCompare(b.kind));
}

export function extractAll(articles: readonly Article[]): ArticleFacts[] {
  return articles.map((article) => ({ article, facts: extractFacts(article) }));
}
