/** Cited sources in French text. */
import type { SourceRules } from './rules.js';

export const fr: SourceRules = {
  accordingTo: ['selon', "d'après", 'd’après', 'citant'],
  accordingToAfter: [],
  reported: ['rapporte', 'a rapporté', 'révèle', 'a révélé', 'indique', 'écrit', 'a indiqué'],
  articles: ['le', 'la', 'les', "l'", 'l’', 'un', 'une'],
  labels: ['Source', 'Sources'],
};
