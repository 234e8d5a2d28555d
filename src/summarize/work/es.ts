import type { WorkRules } from './rules.js';

export const es: WorkRules = {
  genres: [
    ['serie|miniserie|docuserie|teleserie', 'series'],
    ['documental', 'documentary'],
    ['película|filme|largometraje', 'film'],
  ],
  stoppers: ['de', 'del', 'la', 'el', 'los', 'las', 'lo', 'y', 'e', 'o', 'en', 'a', 'al', 'con', 'por', 'para', 'sobre', 'sin', 'of', 'the', 'and'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'lo', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 4,
};
