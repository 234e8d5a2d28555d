/** Extraction of the sources dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractSources(article: Article): Fact[] {
  void article;
  return [];
}
