/** Norwegian (Bokmål) budget-statement rules. */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

/** "budsjett", "budsjettet", "seriebudsjettet", "TV-budsjett", "budsjettrammene". */
const BUDGET = `(?:[\\p{L}\\p{N}]+-)?\\p{L}*budsjett(?:et|er|ene|ets|ramme|rammen|rammene|rammer)?(?![\\p{L}-])`;

export const nb: BudgetLanguage = {
  marks: ['budsjett', 'brøkdel'],
  negation: `ikke|aldri|neppe`,
  feasible: `mulig|gjennomførbart?|oppnåelig|realiserbart?|råd|betalbart?|overkommelig|forsvarlig|realistisk`,
  infeasible: `uoppnåelig|umulig|uoverkommelig|urealiserbart?|ugjennomførbart?|urealistisk|utenfor\\s+rekkevidde|(?:alt)?for\\s+(?:dyr[et]?|kostbar[et]?)`,
  clauseWords: `om|at|hvis|fordi|men|og|eller|bare|kun|hvordan|hva`,
  frame: `(?:innenfor|innen|utenfor)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budsjettmessig`,
  nearFrame: `(?:med|for|på|i|under)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `å`,
  exceeds: `(?:ville|hadde)\\s+(?:${CLAUSE_WORD}\\s+){0,3}?(?:sprengt|sprenge|overskredet|overskride)\\s+(?:${CLAUSE_WORD}\\s+){0,2}?${BUDGET}`,
  fraction:
    `(?:til|for|med)\\s+(?:(?:bare|kun)\\s+)?(?:en|ei)\\s+(?:liten\\s+)?brøkdel\\s+av\\s+` +
    `(?:(?:\\p{L}+\\s+)?(?:kostnadene|kostnaden|utgiftene)|(?:det\\s+)?(?:\\p{L}+\\s+)?budsjettet)`,
  making:
    `laget|lagd|lage|produsert[e]?|produsere|skapt[e]?|skape|realisert[e]?|realisere|ferdigstilt[e]?|ferdigstille|` +
    `fullført[e]?|fullføre|utviklet|utvikle|gjort|gjorde|spilt[e]?\\s+inn`,
};
