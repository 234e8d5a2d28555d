/** Extraction of the budget dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractBudget(article: Article): Fact[] {
  void article;
  return [];
}
