/** Dutch percent rules: "de omzet steeg met 16 procent", "een stijging van 16 procent", "omzetgroei van 16 procent". */
import type { PercentLexicon } from './lexicon.js';

export const nl: PercentLexicon = {
  nouns: ['stijging', 'groei', 'toename', 'plus', 'verhoging', 'verbetering'],
  nounLink: ['van', 'met'],
  up: ['plus'],
  after: ['gestegen', 'gegroeid', 'toegenomen', 'toe', 'hoger', 'omhoog'],
  more: ['meer', 'hogere?'],
  relative: ['wat', String.raw`goed\s+voor`, String.raw`en\s+daarmee`, 'oftewel', 'ofwel'],
  period: ['in', 'over', 'voor', 'tijdens'],
  when: [String.raw`(?:vorig|dit|afgelopen)\s+jaar`, String.raw`(?:vorig|dit|afgelopen)\s+kwartaal`],
  article: ['een', 'de', 'het'],
  ofRole: ['van', 'in', 'bij', String.raw`van\s+de`, String.raw`in\s+de`, String.raw`bij\s+de`],
  yoy: [
    String.raw`op\s+jaarbasis`, String.raw`ten\s+opzichte\s+van\s+(?:een\s+jaar\s+eerder|vorig\s+jaar)`,
    String.raw`vergeleken\s+met\s+(?:een\s+jaar\s+eerder|vorig\s+jaar)`, String.raw`jaar\s+op\s+jaar`,
  ],
  roleGrowth: {
    revenue: [String.raw`omzet(?:groei|stijging)`],
    profit: [String.raw`winst(?:groei|stijging)`],
  },
};
