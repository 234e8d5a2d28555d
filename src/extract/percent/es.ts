/** Spanish percent rules: "los ingresos crecieron un 16 %", "un aumento del 16 % de las ventas". */
import type { PercentLexicon } from './lexicon.js';

export const es: PercentLexicon = {
  nouns: ['aumento', 'crecimiento', 'incremento', 'alza', 'subida', 'avance', 'mejora', 'repunte', 'salto'],
  nounLink: ['del', 'de', String.raw`de\s+un`, String.raw`en\s+un`],
  up: [],
  after: ['más', 'superior(?:es)?', 'mayor(?:es)?'],
  more: ['más'],
  relative: [
    String.raw`lo\s+que\s+(?:supone|representa|equivale\s+a|significa)`, String.raw`que\s+(?:supone|representa)`,
    String.raw`es\s+decir`,
  ],
  period: ['en', 'durante', 'para'],
  when: [String.raw`el\s+(?:año|trimestre)\s+pasado`, String.raw`el\s+pasado\s+(?:año|ejercicio|trimestre)`, String.raw`este\s+año`],
  article: ['un', 'una', 'el', 'la'],
  ofRole: [
    'de', 'en', 'del', String.raw`de\s+los`, String.raw`de\s+las`, String.raw`de\s+la`, String.raw`en\s+los`,
    String.raw`en\s+las`, String.raw`en\s+la`,
  ],
  yoy: [
    'interanual', String.raw`respecto\s+al\s+año\s+anterior`, String.raw`en\s+tasa\s+interanual`, String.raw`frente\s+al\s+año\s+anterior`,
    String.raw`con\s+respecto\s+al\s+mismo\s+periodo\s+del\s+año\s+anterior`,
  ],
  roleGrowth: {
    revenue: [String.raw`(?:crecimiento|aumento|incremento|alza|subida)\s+de\s+(?:los\s+|las\s+|la\s+)?(?:ingresos|ventas|facturación)`],
    profit: [
      String.raw`(?:crecimiento|aumento|incremento|alza|subida)\s+(?:del|de\s+los|de\s+las)\s+(?:beneficios?|ganancias)(?:\s+netos?|\s+netas)?`,
    ],
  },
};
