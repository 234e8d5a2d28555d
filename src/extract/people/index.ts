/** Extraction of the people dimension. */
import type { Article, Fact } from '../../facts.js';

export function extractPeople(article: Article): Fact[] {
  void article;
  return [];
}
