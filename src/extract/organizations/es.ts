/** Organizations in Spanish text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const es: OrganizationRules = {
  suffixHeads: [
    ...INTERNATIONAL_SUFFIX_HEADS,
    { head: String.raw`S\.A\.|SA` },
    { head: String.raw`S\.L\.|SL` },
    { head: 'CF', key: 'club' },
  ],
  hyphenHeads: [],
  prefixHeads: [
    { head: 'Academia', key: 'academy' },
    { head: 'Universidad', key: 'university' },
    { head: 'Sindicato', key: 'union' },
    { head: 'Fundación', key: 'foundation' },
    { head: 'Instituto', key: 'institute' },
    { head: 'Asociación', key: 'association' },
    { head: 'Festival', key: 'festival' },
    { head: 'Hospital', key: 'hospital' },
    { head: 'FC', key: 'club' },
  ],
  of: ['de', 'del'],
  connectors: ['de las', 'de los', 'de la', 'del', 'de', 'y', '&'],
  classifiers: [
    'empresa', 'compañía', 'firma', 'estudio', 'productora', 'agencia de noticias', 'agencia', 'cadena',
    'diario', 'periódico', 'sindicato', 'distribuidora', 'editorial', 'startup', 'tecnológica', 'club', 'fabricante',
    'asociación', 'festival',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Foto', 'Fotografía', 'Imagen', 'Fuente', 'Ilustración'],
  genitiveS: false,
  lowerCaseInNames: true,
  appositive: {
    articles: ['el', 'la', 'un', 'una'],
    nouns: ['estudio', 'empresa', 'compañía', 'firma', 'productora', 'agencia', 'cadena', 'distribuidora', 'editorial', 'startup', 'tecnológica', 'fabricante', 'club', 'asociación', 'sindicato', 'diario', 'periódico', 'grupo'],
    compounds: false,
    adjectiveAfter: true,
    after: ['que', 'detrás', 'con', 'de', 'en'],
  },
  employerOf: [],
  compoundHeads: [],
};
