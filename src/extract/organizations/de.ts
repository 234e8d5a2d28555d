/** Organizations in German text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const de: OrganizationRules = {
  suffixHeads: [
    ...INTERNATIONAL_SUFFIX_HEADS,
    { head: 'GmbH' },
    { head: 'AG' },
    { head: 'SE' },
    { head: 'KG' },
    { head: 'Liga', key: 'league' },
  ],
  hyphenHeads: [
    { head: 'Akademie', key: 'academy' },
    { head: 'Universität', key: 'university' },
    { head: 'Gewerkschaft', key: 'union' },
    { head: 'Stiftung', key: 'foundation' },
    { head: 'Institut', key: 'institute' },
    { head: 'Festival', key: 'festival' },
    { head: 'Klinikum', key: 'hospital' },
    { head: 'Studios' },
    { head: 'Konzern' },
    { head: 'Gruppe' },
  ],
  prefixHeads: [
    { head: 'Universität', key: 'university' },
    { head: 'Akademie', key: 'academy' },
    { head: 'Gewerkschaft', key: 'union' },
    { head: 'Stiftung', key: 'foundation' },
    { head: 'Verband', key: 'association' },
    { head: 'Klinikum', key: 'hospital' },
    { head: 'SV|FC|VfB|VfL|TSV|SC|TSG|SpVgg|FSV|SSV|1\\. FC', key: 'club' },
  ],
  of: ['für', 'der', 'des'],
  connectors: ['der', 'für', 'des', 'und', '&'],
  classifiers: [
    'Unternehmen', 'Firma', 'Konzern', 'Studio', 'Start-up', 'Startup', 'Nachrichtenagentur', 'Agentur', 'Sender',
    'Streamingdienst', 'Streaming-Dienst', 'Zeitung', 'Gewerkschaft', 'Verlag', 'Magazin', 'Techkonzern',
    'Tech-Konzern', 'KI-Firma', 'KI-Unternehmen', 'Produktionsfirma', 'Hersteller', 'Anbieter', 'Händler', 'Verein', 'Klub',
    'Club',
  ],
  classifiedAcronymsOnly: true,
  creditLabels: ['Foto', 'Fotos', 'Bild', 'Bilder', 'Bildquelle', 'Bildnachweis', 'Quelle', 'Grafik', 'Illustration'],
  genitiveS: true,
  lowerCaseInNames: false,
  appositive: {
    articles: ['der', 'die', 'das', 'ein', 'eine', 'einem', 'einer'],
    nouns: ['Studio', 'Unternehmen', 'Firma', 'Konzern', 'Start-up', 'Startup', 'Agentur', 'Sender', 'Verlag', 'Hersteller', 'Anbieter', 'Verein', 'Klub', 'Club', 'Gewerkschaft', 'Verband', 'Zeitung', 'Dienstleister', 'Händler'],
    compounds: true,
    adjectiveAfter: false,
    after: ['das', 'der', 'die', 'hinter', 'aus', 'mit', 'in'],
  },
  employerOf: ['bei', 'beim'],
  compoundHeads: ['ministerium', 'kartellamt'],
};
