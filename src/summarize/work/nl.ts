import type { WorkRules } from './rules.js';

export const nl: WorkRules = {
  genres: [
    ['serie|(?:mini|drama|misdaad|sciencefiction|web|animatie|docu|televisie)serie', 'series'],
    ['documentaire|docu', 'documentary'],
    ['film|(?:speel|animatie|bioscoop|televisie)film', 'film'],
  ],
  connectors: ['van', 'de', 'het', 'en', 'in', 'op', 'voor', 'met', 'of', 'the', 'and'],
  articles: ['de', 'het', 'een', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 0,
};
