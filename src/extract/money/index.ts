/** Extraction of the money dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractMoney(article: Article): Fact[] {
  void article;
  return [];
}
