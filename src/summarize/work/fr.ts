import type { WorkRules } from './rules.js';

export const fr: WorkRules = {
  genres: [
    ['série|minisérie|websérie|docusérie', 'series'],
    ['documentaire', 'documentary'],
    ['film|téléfilm|long-métrage', 'film'],
  ],
  connectors: ['de', 'des', 'du', 'la', 'le', 'les', "l'", 'l’', 'et', 'en', 'à', 'au', 'aux', 'of', 'the', 'and'],
  articles: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 4,
};
