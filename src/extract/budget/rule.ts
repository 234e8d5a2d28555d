/**
 * The shape of one language's budget-statement rules (one file per language).
 * Every field but `marks` is a regex source, compiled case-insensitively with Unicode classes;
 * the engine puts word boundaries around each.
 */
export interface BudgetLanguage {
  /**
   * Words (or stems, plain letters) one of which every frame, near frame, exceeding and fraction
   * phrase contains: a sentence without any is not searched.
   */
  marks: readonly string[];
  /** A negation that can precede a feasibility word: "not", "wouldn't", "n'aurait pas". */
  negation: string;
  /** Feasibility words that a negation turns into infeasibility: "possible", "machbar", "råd". */
  feasible: string;
  /** Words that state infeasibility on their own: "unaffordable", "unerreichbar", "too expensive". */
  infeasible: string;
  /**
   * Words that end a clause ("whether", "dass", "only"): none may stand between a
   * negation and its feasibility word, nor between that statement and its budget.
   */
  clauseWords: string;
  /** A budget term in a frame that ties it to feasibility: "within the show's budget", "budgettechnisch". */
  frame: string;
  /** A looser frame ("with this budget", "in diesem Budget"): at most three words away, no infinitive between. */
  nearFrame: string;
  /** Infinitive markers ("to", "zu"): a loose frame after one belongs to that verb, not to the statement. */
  infinitive: string;
  /** A whole statement that the work would have exceeded the budget: "would have blown the budget". */
  exceeds: string;
  /** "for a fraction of the cost", "zu einem Bruchteil der Kosten" */
  fraction: string;
  /** Verbs of making the work; a fraction-of-the-cost phrase counts only next to one. */
  making: string;
}

/** One word inside a frame ("the show's", "$5-million"). */
export const WORD = `[\\p{L}\\p{N}'’$€£%-]+`;
/** One word of a clause (no punctuation that ends a clause). */
export const CLAUSE_WORD = `[^\\s,;:.!?()]+`;
