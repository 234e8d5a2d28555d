/** Norwegian percent rules: "inntektene økte med 16 prosent", "(en økning på 16 %)", "opp 16 prosent". */
import type { PercentLexicon } from './lexicon.js';

export const nb: PercentLexicon = {
  nouns: [String.raw`økning(?:en)?`, String.raw`vekst(?:en)?`, 'oppgang', 'stigning', 'forbedring', 'hopp'],
  nounLink: ['på', 'med'],
  up: ['opp', 'pluss'],
  after: ['høyere', 'mer', 'opp'],
  more: ['høyere', 'mer'],
  relative: [String.raw`noe\s+som\s+(?:er|var|tilsvarer)`, String.raw`som\s+er`, 'tilsvarende', 'altså', 'dvs\\.'],
  period: ['i', 'for', 'gjennom', 'under'],
  when: [String.raw`(?:forrige|dette)\s+(?:år|kvartal)`, String.raw`i\s+fjor`],
  article: ['en', 'et', 'ei'],
  ofRole: ['i', 'for', 'av'],
  yoy: [
    String.raw`fra\s+(?:samme\s+(?:kvartal|periode)\s+)?i\s+fjor`, String.raw`sammenlignet\s+med\s+(?:samme\s+(?:kvartal|periode)\s+)?i\s+fjor`,
    String.raw`på\s+årsbasis`, String.raw`fra\s+året\s+før`,
  ],
  roleGrowth: {
    revenue: [String.raw`(?:inntekts|omsetnings)(?:vekst|økning)(?:en)?`],
    profit: [String.raw`(?:resultat|overskudds)(?:vekst|økning)(?:en)?`],
  },
};
