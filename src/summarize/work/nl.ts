import type { WorkRules } from './rules.js';

export const nl: WorkRules = {
  genres: [
    ['serie|(?:mini|drama|misdaad|sciencefiction|web|animatie|docu|televisie)serie', 'series'],
    ['documentaire|docu', 'documentary'],
    ['film|(?:speel|animatie|bioscoop|televisie)film', 'film'],
  ],
  stoppers: ['van', 'de', 'het', 'een', 'en', 'of', 'in', 'op', 'voor', 'met', 'uit', 'aan', 'bij', 'over', 'te', 'tot', 'zonder', 'the', 'and'],
  articles: ['de', 'het', 'een', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 0,
};
