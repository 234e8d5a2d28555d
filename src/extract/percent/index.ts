/** Extraction of the percent dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractPercent(article: Article): Fact[] {
  void article;
  return [];
}
