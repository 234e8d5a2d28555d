/** Extraction of the organizations dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractOrganizations(article: Article): Fact[] {
  void article;
  return [];
}
