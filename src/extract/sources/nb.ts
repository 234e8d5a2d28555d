/** Cited sources in Norwegian (Bokmål) text. */
import type { SourceRules } from './rules.js';

export const nb: SourceRules = {
  accordingTo: ['ifølge', 'iflg\\.'],
  accordingToAfter: [],
  reported: ['melder', 'meldte', 'skriver', 'skrev', 'rapporterer', 'rapporterte', 'omtalte'],
  articles: [],
  labels: ['Kilde', 'Kilder'],
};
