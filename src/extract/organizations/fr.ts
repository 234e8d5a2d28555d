/** Organizations in French text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const fr: OrganizationRules = {
  suffixHeads: [...INTERNATIONAL_SUFFIX_HEADS, { head: String.raw`S\.A\.|SA` }, { head: 'SAS' }, { head: 'SARL' }],
  hyphenHeads: [],
  prefixHeads: [
    { head: 'Académie', key: 'academy' },
    { head: 'Université', key: 'university' },
    { head: 'Syndicat', key: 'union' },
    { head: 'Fondation', key: 'foundation' },
    { head: 'Institut', key: 'institute' },
    { head: 'Festival', key: 'festival' },
    { head: 'Association', key: 'association' },
    { head: 'Hôpital', key: 'hospital' },
    { head: 'FC|AS|RC', key: 'club' },
  ],
  of: ['de', 'des', 'du'],
  connectors: ['des', 'de la', 'du', 'de', "d'", 'd’', 'et', '&'],
  classifiers: [
    'entreprise', 'société', 'firme', 'studio', 'start-up', 'agence de presse', 'agence', 'chaîne', 'quotidien',
    'journal', 'syndicat', 'groupe', 'distributeur', 'éditeur', 'plateforme de streaming', 'club', 'fabricant',
    'association', 'festival',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Crédit photo', 'Crédits photo', 'Crédit', 'Photo', 'Image', 'Illustration', 'Source'],
  genitiveS: false,
  lowerCaseInNames: true,
  appositive: {
    articles: ['le', 'la', "l'", 'l’', 'un', 'une'],
    nouns: ['studio', 'entreprise', 'société', 'firme', 'start-up', 'agence', 'chaîne', 'distributeur', 'éditeur', 'fabricant', 'club', 'association', 'syndicat', 'quotidien', 'journal', 'groupe'],
    compounds: false,
    adjectiveAfter: true,
    after: ['qui', 'derrière', 'de', 'basé', 'basée', 'en', 'à'],
  },
  employerOf: ['chez'],
  compoundHeads: [],
};
