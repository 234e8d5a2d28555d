/** Organizations in Norwegian (Bokmål) text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const nb: OrganizationRules = {
  suffixHeads: [...INTERNATIONAL_SUFFIX_HEADS, { head: 'ASA' }, { head: 'AS' }, { head: 'FK|BK|IL', key: 'club' }],
  hyphenHeads: [
    { head: '[Aa]kademiet|[Aa]kademien|[Aa]kademi', key: 'academy' },
    { head: '[Uu]niversitetet', key: 'university' },
    { head: 'fagforeningen|forbundet', key: 'union' },
    { head: 'konsernet' },
  ],
  prefixHeads: [
    { head: 'Universitetet i', key: 'university' },
    { head: 'Sykehuset', key: 'hospital' },
  ],
  of: ['for', 'i'],
  connectors: ['i', 'for', 'og', '&'],
  classifiers: [
    'selskapet', 'strømmetjenesten', 'strømmegiganten', 'studioet', 'nyhetsbyrået', 'byrået', 'kanalen', 'avisen',
    'avisa', 'fagforeningen', 'forbundet', 'produksjonsselskapet', 'teknologiselskapet', 'teknologigiganten',
    'techselskapet', 'KI-selskapet', 'AI-selskapet', 'oppstartsselskapet', 'forlaget', 'kringkasteren', 'klubben',
    'sykehuset', 'foreningen',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Foto', 'Bilde', 'Illustrasjon', 'Kilde', 'Grafikk'],
  genitiveS: true,
  lowerCaseInNames: false,
  appositive: {
    articles: ['et', 'en', 'ei'],
    nouns: ['studio', 'selskap', 'firma', 'byrå', 'konsern', 'forlag', 'produsent', 'klubb', 'forening', 'forbund', 'avis', 'kjede', 'sykehus'],
    compounds: true,
    adjectiveAfter: false,
    after: ['som', 'bak', 'fra', 'i', 'med'],
  },
  employerOf: ['hos'],
  compoundHeads: ['tilsynet', 'direktoratet', 'departementet', 'instituttet', 'etaten'],
};
