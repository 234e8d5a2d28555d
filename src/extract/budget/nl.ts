/** Dutch budget-statement rules. */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

/** "budget", "budgetten", "productiebudget", "tv-budget", "begroting". */
const BUDGET = `(?:[\\p{L}\\p{N}]+-)?(?:\\p{L}*budget(?:ten|s)?|begroting(?:en)?)(?![\\p{L}-])`;

export const nl: BudgetLanguage = {
  marks: ['budget', 'begroting', 'fractie'],
  negation: `niet|nooit|nauwelijks`,
  feasible: `haalbaar|betaalbaar|mogelijk|realiseerbaar|weggelegd|doenbaar|op\\s+te\\s+brengen|te\\s+(?:betalen|realiseren|financieren|doen|maken)`,
  infeasible: `onhaalbaar|onbetaalbaar|onmogelijk|onbereikbaar|ondoenlijk|onrealiseerbaar|onfinancierbaar|buiten\\s+bereik|(?:veel\\s+)?te\\s+(?:duur|kostbaar)`,
  clauseWords: `of|dat|als|omdat|maar|en|alleen|enkel|slechts|hoe|wat`,
  frame: `(?:binnen|buiten)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budgett?air`,
  nearFrame: `(?:met|voor|in|op|bij|onder)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `te|om`,
  // Also verb-final: "(had) niet binnen het budget van het ziekenhuis gepast".
  exceeds: `(?:niet|nooit)\\s+(?:binnen|in)\\s+(?:${WORD}\\s+){0,5}?${BUDGET}(?:\\s+${CLAUSE_WORD}){0,3}?\\s+(?:gepast|passen|past)|(?:zou|zouden)\\s+(?:${CLAUSE_WORD}\\s+){0,4}?${BUDGET}\\s+(?:${CLAUSE_WORD}\\s+){0,3}?(?:overschrijden|overschreden|te\\s+boven\\s+gaan|te\\s+boven\\s+zijn\\s+gegaan|opblazen|opgeblazen|doen\\s+ontploffen)`,
  fraction: `(?:voor|tegen|met)\\s+(?:(?:slechts|maar)\\s+)?een\\s+(?:kleine\\s+)?fractie\\s+van\\s+(?:de\\s+(?:\\p{L}+\\s+)?kosten|het\\s+(?:\\p{L}+\\s+)?budget)`,
  making:
    `gemaakt|maakten?|maken|geproduceerd|produceerden?|produceren|gerealiseerd|realiseerden?|realiseren|voltooid|voltooiden?|voltooien|` +
    `gecreëerd|creëerden?|creëren|ontwikkeld|ontwikkelden?|ontwikkelen|gebouwd|bouwden?|bouwen|afgerond|gedraaid|draaiden?|opgenomen`,
};
