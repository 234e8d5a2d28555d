/** English budget-statement rules, including spun text ("price range" for "budget"). */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

/**
 * A budget term, only where it is not the first half of a compound noun
 * ("budget cuts", "budget airline"): it ends the phrase or a function word follows.
 */
const BUDGET =
  `(?:budgets?|price\\s+range)(?:\\s+(?:limits?|constraints?|restrictions?|framework))?` +
  `(?=\\s*(?:$|[^\\p{L}\\s-]|(?:of|for|that|which|and|or|but|without|with|alone|at|it|they|we|he|she|this|if|unless|even|so|because|as|in|on|to|by|was|were|would|is|are|had|has|have|anyway|either|too|then|though)(?![\\p{L}])))`;

export const en: BudgetLanguage = {
  marks: ['budget', 'price', 'fraction'],
  negation: `(?:(?:would|could|might|will|can|was|were|is|are)\\s+)?(?:\\p{L}+n['’]t|cannot|not|never)`,
  feasible:
    `possible|feasible|affordable|achievable|attainable|doable|viable|realizable|realisable|manageable|afford(?:ed)?|` +
    // Counterfactual making: "could never have been made within our budget" (not "was not made within budget").
    `have\\s+been\\s+(?:made|done|produced|created|realized|realised|achieved|pulled\\s+off)|(?:have\\s+)?fit(?:ted)?`,
  infeasible:
    `impossible|unaffordable|unattainable|unachievable|unfeasible|infeasible|unthinkable|out\\s+of\\s+reach|beyond\\s+reach|` +
    `prohibitive(?:ly\\s+(?:expensive|costly))?|(?:(?:far|much|way)\\s+)?too\\s+(?:expensive|costly|pricey)`,
  clauseWords: `whether|if|that|but|and|or|because|only|just|merely|solely|how|what|why`,
  frame: `(?:within|inside|given)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budget[\\s-]?wise|budgetarily`,
  // Not the idiom "on a budget" (of people with little money).
  nearFrame: `(?!on\\s+a\\s+budget(?![\\p{L}]))(?:in|on|for|with|under)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `to`,
  exceeds: `would\\s+(?:have\\s+)?(?:blown|busted|broken|exceeded|burst|blow|bust|break|exceed)\\s+(?:through\\s+)?(?:${CLAUSE_WORD}\\s+){0,3}?${BUDGET}`,
  fraction:
    `(?:for|at|with)\\s+(?:(?:just|only)\\s+)?(?:a|one)\\s+(?:(?:small|tiny|mere)\\s+)?fraction\\s+of\\s+` +
    `(?:the\\s+(?:(?:usual|normal|typical|traditional|original)\\s+)?(?:cost|costs|budget|expense)|what\\s+it\\s+(?:(?:would|might)\\s+(?:have\\s+)?|normally\\s+|usually\\s+)?(?:cost|costs))`,
  making:
    `made|makes?|making|done|produc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|render(?:s|ed|ing)?|` +
    `achiev(?:e|es|ed|ing)|buil[dt]|builds|building|shot|shoot(?:s|ing)?|filmed|filming|deliver(?:s|ed|ing)?|reali[sz](?:e|es|ed|ing)|` +
    `generat(?:e|es|ed|ing)|develop(?:s|ed|ing)?|accomplish(?:es|ed|ing)?`,
};
