/** Organizations in Norwegian (Bokmål) text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const nb: OrganizationRules = {
  suffixHeads: [...INTERNATIONAL_SUFFIX_HEADS, { head: 'ASA' }, { head: 'AS' }],
  hyphenHeads: [
    { head: '[Aa]kademiet|[Aa]kademien|[Aa]kademi', key: 'academy' },
    { head: '[Uu]niversitetet', key: 'university' },
    { head: 'fagforeningen|forbundet', key: 'union' },
    { head: 'konsernet' },
  ],
  prefixHeads: [{ head: 'Universitetet i', key: 'university' }],
  of: ['for', 'i'],
  connectors: ['i', 'for', 'og', '&'],
  classifiers: [
    'selskapet', 'strømmetjenesten', 'strømmegiganten', 'studioet', 'nyhetsbyrået', 'byrået', 'kanalen', 'avisen',
    'avisa', 'fagforeningen', 'forbundet', 'produksjonsselskapet', 'teknologiselskapet', 'teknologigiganten',
    'techselskapet', 'KI-selskapet', 'AI-selskapet', 'oppstartsselskapet', 'forlaget', 'kringkasteren',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Foto', 'Bilde', 'Illustrasjon', 'Kilde', 'Grafikk'],
  genitiveS: true,
};
