/** French percent rules: "le chiffre d'affaires a progressé de 16 %", "une hausse de 16 % du bénéfice". */
import type { PercentLexicon } from './lexicon.js';

export const fr: PercentLexicon = {
  nouns: ['hausse', 'progression', 'croissance', 'augmentation', 'amélioration', 'bond'],
  nounLink: ['de', String.raw`d['’]`],
  up: [String.raw`en\s+hausse\s+de`, String.raw`en\s+progression\s+de`],
  after: [String.raw`de\s+plus`, 'supérieurs?', 'supérieures?'],
  more: [],
  relative: ['soit', String.raw`ce\s+qui\s+représente`, String.raw`ce\s+qui\s+correspond\s+à`, 'représentant'],
  period: ['en', 'sur', 'pour', 'au', 'durant'],
  when: [String.raw`l['’]an\s+dernier`, String.raw`l['’]année\s+dernière`, String.raw`cette\s+année`, String.raw`le\s+trimestre\s+dernier`],
  article: ['une', 'un', 'la', 'le'],
  ofRole: ['du', 'des', String.raw`de\s+la`, 'de', String.raw`d['’]`],
  yoy: [
    String.raw`sur\s+un\s+an`, String.raw`en\s+glissement\s+annuel`, String.raw`par\s+rapport\s+à\s+l['’]an\s+dernier`,
    String.raw`en\s+rythme\s+annuel`, String.raw`par\s+rapport\s+à\s+l['’]année\s+précédente`,
  ],
  roleGrowth: {
    revenue: [
      String.raw`(?:croissance|hausse|progression|augmentation)\s+(?:du\s+chiffre\s+d['’]affaires|des\s+(?:ventes|revenus|recettes))`,
    ],
    profit: [String.raw`(?:croissance|hausse|progression|augmentation)\s+(?:du\s+bénéfice(?:\s+net)?|du\s+résultat\s+net|des\s+bénéfices)`],
  },
};
