import type { WorkRules } from './rules.js';

export const en: WorkRules = {
  genres: [
    ['(?:mini|docu)?series', 'series'],
    ['documentary', 'documentary'],
    ['film|movie', 'film'],
  ],
  stoppers: ['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'into', 'over', 'under', 'about', 'without', 'or', 'vs'],
  articles: ['the', 'a', 'an'],
  singleWordTitles: 'always',
  wordsBeforeQuotedTitle: 0,
  notAfter: ['to', 'will', 'would', 'can', 'could', 'must', 'should', 'did', 'does', 'not'],
};
