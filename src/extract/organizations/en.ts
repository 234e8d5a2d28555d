/** Organizations in English text. */
import type { OrganizationRules } from './rules.js';
import { INTERNATIONAL_SUFFIX_HEADS } from './shared.js';

export const en: OrganizationRules = {
  suffixHeads: [
    ...INTERNATIONAL_SUFFIX_HEADS,
    { head: 'Academy', key: 'academy' },
    { head: 'Union', key: 'union' },
    { head: 'Guild', key: 'guild' },
    { head: 'University', key: 'university' },
    { head: 'Institute', key: 'institute' },
    { head: 'Foundation', key: 'foundation' },
    { head: 'Association', key: 'association' },
    { head: 'Hospital', key: 'hospital' },
    { head: 'Festival', key: 'festival' },
    { head: 'League', key: 'league' },
    { head: 'FC', key: 'club' },
  ],
  hyphenHeads: [],
  prefixHeads: [
    { head: 'University of', key: 'university' },
    { head: 'Academy of', key: 'academy' },
    { head: 'Institute of', key: 'institute' },
  ],
  of: ['of', 'for'],
  connectors: ['of', 'and', '&', 'for', 'the'],
  classifiers: [
    'company', 'firm', 'studio', 'startup', 'start-up', 'news agency', 'agency', 'broadcaster', 'network',
    'newspaper', 'union', 'guild', 'streamer', 'streaming service', 'streaming giant', 'publisher', 'distributor',
    'production company', 'magazine', 'tech giant', 'AI lab', 'VFX house', 'developer', 'maker', 'manufacturer',
    'retailer', 'consultancy', 'research firm', 'club', 'association', 'hospital',
  ],
  classifiedAcronymsOnly: false,
  creditLabels: ['Photo credit', 'Picture credit', 'Image credit', 'Photo', 'Photos', 'Picture', 'Image', 'Credit', 'Illustration', 'Source'],
  genitiveS: false,
  lowerCaseInNames: false,
  appositive: {
    articles: ['the', 'a', 'an'],
    nouns: ['studio', 'company', 'firm', 'startup', 'start-up', 'agency', 'broadcaster', 'publisher', 'developer', 'maker', 'manufacturer', 'distributor', 'group', 'network', 'newspaper', 'union', 'guild', 'association', 'consultancy', 'club', 'hospital', 'chain', 'retailer', 'streamer'],
    compounds: false,
    adjectiveAfter: false,
    after: ['behind', 'that', 'which', 'based', 'in', 'from', 'with', 'known', 'whose', 'founded', 'owned', 'of', 'best'],
  },
  employerOf: ['at'],
  compoundHeads: [],
};
