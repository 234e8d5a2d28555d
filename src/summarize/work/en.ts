import type { WorkRules } from './rules.js';

export const en: WorkRules = {
  genres: [
    ['(?:mini|docu)?series', 'series'],
    ['documentary', 'documentary'],
    ['film|movie', 'film'],
  ],
  connectors: ['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'from', 'with'],
  articles: ['the', 'a', 'an'],
  singleWordTitles: 'always',
  wordsBeforeQuotedTitle: 0,
  notAfter: ['to', 'will', 'would', 'can', 'could', 'must', 'should', 'did', 'does', 'not'],
};
