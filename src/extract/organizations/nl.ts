/** Organizations in Dutch text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const nl: OrganizationRules = {
  suffixHeads: [
    ...INTERNATIONAL_SUFFIX_HEADS,
    { head: String.raw`B\.V\.|BV` },
    { head: String.raw`N\.V\.|NV` },
    { head: '[Zz]iekenhuis', key: 'hospital' },
    { head: 'Vereniging', key: 'association' },
  ],
  hyphenHeads: [
    { head: '[Aa]cademie', key: 'academy' },
    { head: '[Uu]niversiteit', key: 'university' },
    { head: 'vakbond', key: 'union' },
    { head: 'concern' },
  ],
  prefixHeads: [
    { head: 'Universiteit van', key: 'university' },
    { head: 'Universiteit', key: 'university' },
    { head: 'Academie voor', key: 'academy' },
    { head: 'Stichting', key: 'foundation' },
    { head: 'Vereniging', key: 'association' },
    { head: 'FC', key: 'club' },
  ],
  of: ['van', 'voor'],
  connectors: ['van', 'voor', 'de', 'en', '&'],
  classifiers: [
    'bedrijf', 'techbedrijf', 'AI-bedrijf', 'studio', 'startup', 'persbureau', 'nieuwsagentschap', 'omroep',
    'zender', 'streamingdienst', 'krant', 'dagblad', 'vakbond', 'uitgever', 'uitgeverij', 'productiehuis',
    'techgigant', 'streaminggigant', 'ziekenhuis', 'vereniging', 'club', 'fabrikant',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Foto', "Foto's", 'Beeld', 'Afbeelding', 'Bron', 'Illustratie'],
  genitiveS: false,
  lowerCaseInNames: false,
  appositive: {
    articles: ['de', 'het', 'een'],
    nouns: ['studio', 'bedrijf', 'onderneming', 'startup', 'bureau', 'omroep', 'zender', 'uitgever', 'uitgeverij', 'fabrikant', 'producent', 'club', 'vereniging', 'vakbond', 'krant', 'keten', 'ziekenhuis'],
    compounds: true,
    adjectiveAfter: false,
    after: ['dat', 'die', 'achter', 'uit', 'in', 'met', 'van'],
  },
  employerOf: ['bij'],
  compoundHeads: [],
};
