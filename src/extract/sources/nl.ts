/** Cited sources in Dutch text. */
import type { SourceRules } from './rules.js';

export const nl: SourceRules = {
  accordingTo: ['volgens', 'aldus', 'naar verluidt van', 'zo meldt', 'zo schrijft', 'zo bericht'],
  accordingToAfter: [],
  reported: ['meldt', 'meldde', 'bericht', 'berichtte', 'schrijft', 'schreef'],
  articles: ['de', 'het', 'een'],
  labels: ['Bron', 'Bronnen'],
};
