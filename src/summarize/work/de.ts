import type { WorkRules } from './rules.js';

export const de: WorkRules = {
  genres: [
    ['Serie|(?:Mini|Fernseh|Drama|Krimi|Web|Erfolgs|Doku|Anime|Animations|Zeichentrick)serie', 'series'],
    ['Dokumentarfilm|Dokumentation|Doku', 'documentary'],
    ['Film|(?:Spiel|Kino|Fernseh|Animations|Zeichentrick)film', 'film'],
  ],
  stoppers: ['und', 'oder', 'der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'im', 'in', 'am', 'an', 'auf', 'zu', 'zum', 'zur', 'mit', 'für', 'über', 'unter', 'aus', 'bei', 'nach', 'ohne', 'of', 'the', 'and'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'the', 'a'],
  singleWordTitles: 'never',
  wordsBeforeQuotedTitle: 0,
};
