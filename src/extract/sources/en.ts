/** Cited sources in English text. */
import type { SourceRules } from './rules.js';

export const en: SourceRules = {
  accordingTo: ['according to', 'citing', 'as reported by', 'reported by'],
  accordingToAfter: [],
  reported: ['reported', 'reports', 'has reported', 'first reported', 'wrote'],
  articles: ['the', 'a', 'an'],
  labels: ['Source', 'Sources'],
};
