/** Spanish speed-up rules. */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('es');
/** "diez veces", "10x" */
const VECES = `\\s*(?:veces|[x×])`;
const FAST = `r[áa]pid[oa]s?|r[áa]pidamente|veloz|veloces|deprisa`;
const MULTIPLES = { doble: 2, triple: 3, cuádruple: 4, cuadruple: 4 };
const FRACTIONS = {
  mitad: 2, tercio: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6,
  séptimo: 7, séptima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9, décimo: 10, décima: 10,
  vigésimo: 20, vigésima: 20, centésimo: 100, centésima: 100,
};
const ABOUT = `(?:(?:solo|sólo|apenas|aproximadamente|casi)\\s+)?`;

export const es: SpeedupLanguage = {
  marks: ['rapid', 'rápid', 'veloz', 'veloc', 'deprisa', 'pronto', 'tiempo'],
  rules: [
    // "diez veces más rápido", "10 veces más deprisa"
    { pattern: `${N}${VECES}\\s+m[áa]s\\s+(?:${FAST}|pronto)` },
    // "el doble de rápido", "el triple de velocidad"
    { pattern: `(?:el\\s+)?(?<w>${wordsPattern(MULTIPLES)})\\s+de\\s+(?:${FAST}|velocidad)`, words: MULTIPLES },
    // "a una velocidad diez veces mayor"
    { pattern: `velocidad\\s+${N}${VECES}\\s+(?:mayor|superior)` },
    // "en una décima parte del tiempo", "en un décimo del tiempo", "en la mitad de tiempo"
    {
      pattern: `en\\s+${ABOUT}(?:una?|la)\\s+(?<w>${wordsPattern(FRACTIONS)})\\s+(?:parte\\s+)?del?\\s+tiempo`,
      words: FRACTIONS,
    },
  ],
  negation: `no|nunca|jamás|tampoco`,
  notOnly: `solo|sólo|solamente|únicamente`,
  rangeJoin: `a|y|o|u`,
};
