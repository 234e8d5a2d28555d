/** Organizations in German text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const de: OrganizationRules = {
  suffixHeads: [...INTERNATIONAL_SUFFIX_HEADS, { head: 'GmbH' }, { head: 'AG' }, { head: 'SE' }, { head: 'KG' }],
  hyphenHeads: [
    { head: 'Akademie', key: 'academy' },
    { head: 'Universität', key: 'university' },
    { head: 'Gewerkschaft', key: 'union' },
    { head: 'Stiftung', key: 'foundation' },
    { head: 'Institut', key: 'institute' },
    { head: 'Studios' },
    { head: 'Konzern' },
    { head: 'Gruppe' },
  ],
  prefixHeads: [
    { head: 'Universität', key: 'university' },
    { head: 'Akademie', key: 'academy' },
    { head: 'Gewerkschaft', key: 'union' },
    { head: 'Stiftung', key: 'foundation' },
  ],
  of: ['für', 'der', 'des'],
  connectors: ['der', 'für', 'des', 'und', '&'],
  classifiers: [
    'Unternehmen', 'Firma', 'Konzern', 'Studio', 'Start-up', 'Startup', 'Nachrichtenagentur', 'Agentur', 'Sender',
    'Streamingdienst', 'Streaming-Dienst', 'Zeitung', 'Gewerkschaft', 'Verlag', 'Magazin', 'Techkonzern',
    'Tech-Konzern', 'KI-Firma', 'KI-Unternehmen', 'Produktionsfirma',
  ],
  classifiedAcronymsOnly: true,
  creditLabels: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Bildquelle', 'Bildnachweis', 'Quelle', 'Grafik', 'Illustration'],
  genitiveS: true,
};
