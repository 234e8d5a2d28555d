/** Cited sources in Spanish text. */
import type { SourceRules } from './rules.js';

export const es: SourceRules = {
  accordingTo: ['según', 'de acuerdo con', 'citando a', 'según informó', 'según publicó', 'según informa'],
  accordingToAfter: [],
  reported: ['informó', 'informa', 'publicó', 'publica', 'reportó', 'adelantó', 'ha informado', 'ha publicado'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una'],
  labels: ['Fuente', 'Fuentes'],
};
