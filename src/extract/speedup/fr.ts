/** French speed-up rules. */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('fr');
/** "dix fois", "10x" */
const FOIS = `\\s*(?:fois|[x×])`;
const FASTER = `plus\\s+(?:rapides?|rapidement|vite|véloces?|promptement)`;
const FRACTIONS = {
  moitié: 2, tiers: 3, quart: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
  dixième: 10, vingtième: 20, centième: 100,
};
const ABOUT = `(?:(?:seulement|à\\s+peine|environ)\\s+)?`;

export const fr: SpeedupLanguage = {
  marks: ['rapide', 'vite', 'véloce', 'prompt', 'temps'],
  rules: [
    // "dix fois plus rapide", "deux fois plus vite"
    { pattern: `${N}${FOIS}\\s+(?:${FASTER})` },
    // "en dix fois moins de temps", "en moitié moins de temps"
    { pattern: `(?:en\\s+)?${N}${FOIS}\\s+moins\\s+de\\s+temps` },
    { pattern: `(?:en\\s+)?(?<w>moitié)\\s+moins\\s+de\\s+temps`, words: { moitié: 2 } },
    // "à une vitesse dix fois supérieure"
    { pattern: `vitesse\\s+${N}${FOIS}\\s+(?:supérieure|plus\\s+élevée|plus\\s+grande)` },
    // "en un dixième du temps", "en la moitié du temps"
    {
      pattern: `en\\s+${ABOUT}(?:un|une|la)\\s+(?<w>${wordsPattern(FRACTIONS)})\\s+du\\s+temps`,
      words: FRACTIONS,
    },
  ],
  negation: `pas|jamais|guère|nullement`,
  notOnly: `seulement|uniquement|simplement|que`,
  rangeJoin: `à|ou|et`,
};
