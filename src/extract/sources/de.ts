/** Cited sources in German text. */
import type { SourceRules } from './rules.js';

export const de: SourceRules = {
  accordingTo: ['laut', 'unter Berufung auf', 'nach Angaben von', 'nach Angaben'],
  accordingToAfter: ['zufolge'],
  reported: ['berichtete', 'berichtet', 'meldete', 'meldet', 'schreibt', 'schrieb', 'berichten'],
  articles: ['der', 'die', 'das', 'dem', 'den', 'des'],
  labels: ['Quelle', 'Quellen'],
};
