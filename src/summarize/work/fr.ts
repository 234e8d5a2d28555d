import type { WorkRules } from './rules.js';

export const fr: WorkRules = {
  genres: [
    ['série|minisérie|websérie|docusérie', 'series'],
    ['documentaire', 'documentary'],
    ['film|téléfilm|long-métrage', 'film'],
  ],
  stoppers: ['de', 'des', 'du', 'la', 'le', 'les', "l'", 'l’', 'et', 'ou', 'en', 'à', 'au', 'aux', 'sur', 'pour', 'par', 'avec', 'sans', 'dans', 'of', 'the', 'and'],
  articles: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 4,
};
