import type { WorkRules } from './rules.js';

export const es: WorkRules = {
  genres: [
    ['serie|miniserie|docuserie|teleserie', 'series'],
    ['documental', 'documentary'],
    ['película|filme|largometraje', 'film'],
  ],
  connectors: ['de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'a', 'con', 'por', 'of', 'the', 'and'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una', 'lo', 'the', 'a', 'an'],
  singleWordTitles: 'before-punctuation',
  wordsBeforeQuotedTitle: 4,
};
