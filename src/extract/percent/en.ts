/** English percent rules: "revenue rose 16%", "a 16% year-over-year increase", "up 16%". */
import type { PercentLexicon } from './lexicon.js';

export const en: PercentLexicon = {
  nouns: [
    'increase', 'rise', 'gain', 'jump', 'growth', 'improvement', 'improve', 'surge', 'climb', 'boost', 'uptick',
    'hike', 'expansion', 'advance',
  ],
  nounLink: ['of', 'by'],
  up: ['up', 'plus'],
  after: ['higher', 'more', 'above'],
  more: ['more', 'higher'],
  relative: [
    'representing', 'marking', 'reflecting', String.raw`which\s+(?:is|was|represents|marks|marked)`,
    String.raw`that\s+is`, String.raw`equal\s+to`, 'or',
  ],
  period: ['for', 'in', 'during', 'over', 'through'],
  when: [String.raw`(?:last|this)\s+(?:year|quarter|month)`],
  article: ['a', 'an', 'the'],
  ofRole: ['in', 'of', 'for'],
  yoy: [
    String.raw`year[-\s]over[-\s]year`, String.raw`year[-\s]on[-\s]year`, 'yoy', String.raw`y/y`, 'annual', 'annually',
    String.raw`on[-\s]year`, String.raw`from\s+a\s+year\s+(?:earlier|ago)`, String.raw`compared\s+(?:with|to)\s+a\s+year\s+(?:earlier|ago)`,
    String.raw`over\s+the\s+previous\s+year`,
  ],
  roleGrowth: {
    revenue: [String.raw`(?:revenue|sales|turnover)\s+(?:growth|increase|rise|gain|jump)`],
    profit: [String.raw`(?:profit|earnings|net\s+income)\s+(?:growth|increase|rise|gain|jump)`],
  },
};
