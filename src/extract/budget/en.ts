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
  negation: `(?:(?:would|could|might|will|can|was|were|is|are)\\s+)?(?:\\p{L}+n['’]t|cannot|not|never)`,
  feasible: `possible|feasible|affordable|achievable|attainable|doable|viable|realizable|realisable|manageable|afford(?:ed)?`,
  infeasible:
    `impossible|unaffordable|unattainable|unachievable|unfeasible|infeasible|unthinkable|out\\s+of\\s+reach|beyond\\s+reach|` +
    `prohibitive(?:ly\\s+(?:expensive|costly))?|(?:(?:far|much|way)\\s+)?too\\s+(?:expensive|costly|pricey)`,
  clauseWords: `whether|if|that|but|and|or|because|only|just|merely|simply|solely|how|what|why`,
  frame: `(?:within|inside|given)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budget[\\s-]?wise|budgetarily`,
  nearFrame: `(?:in|on|for|with|under)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `to`,
  exceeds: `would\\s+(?:have\\s+)?(?:blown|busted|broken|exceeded|burst|blow|bust|break|exceed)\\s+(?:through\\s+)?(?:${CLAUSE_WORD}\\s+){0,3}?${BUDGET}`,
  fraction:
    `(?:for|at|with)\\s+(?:(?:just|only)\\s+)?(?:a|one)\\s+(?:(?:small|tiny|mere)\\s+)?fraction\\s+of\\s+` +
    `(?:the\\s+(?:(?:usual|normal|typical|traditional|original)\\s+)?(?:cost|costs|budget|expense)|what\\s+it\\s+(?:(?:would|might)\\s+(?:have\\s+)?|normally\\s+|usually\\s+)?(?:cost|costs))`,
  making:
    `made|produced|created|completed|finished|rendered|achieved|built|shot|filmed|delivered|realized|realised|generated|developed|accomplished|` +
    `make|produce|create|complete|render|achieve|build|shoot|film|deliver|generate|develop`,
};
