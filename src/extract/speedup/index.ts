/** Extraction of the speedup dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractSpeedup(article: Article): Fact[] {
  void article;
  return [];
}
