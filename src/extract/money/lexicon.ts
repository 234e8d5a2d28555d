/**
 * The words one language uses around amounts of money. Each entry is a regex
 * source (matched case-insensitively, as whole words); lists are alternations.
 */
import type { MoneyRole } from '../../facts.js';

/** Role words; `other` names money words that are none of the roles ("operating profit", "loss"). */
export type RoleWords = Record<MoneyRole | 'other', readonly string[]>;

export interface MoneyLexicon {
  /** Scale words and their multipliers: ["Milliarden?|Mrd\\.?", 1e9]. */
  scales: ReadonlyArray<readonly [string, number]>;
  /** Currency names written after the figure, with their ISO codes. */
  currencies: ReadonlyArray<readonly [string, string]>;
  /** Whether a bare "$" means US dollars (not in Spanish, where it is also the peso sign). */
  bareDollar: boolean;
  /** Whether a plain space groups thousands ("500 000 euros"). */
  spaceGroups: boolean;
  /** What may stand between the scale and the currency ("de" in "millones de dólares"); '' for nothing. */
  join: string;
  /** Words that make an amount approximate when written right before it. */
  approx: readonly string[];
  roles: RoleWords;
  /**
   * Words that may stand between a role word and the amount after it
   * ("revenue rose 16% in the second quarter to $11 billion"): verbs of being,
   * reaching and changing, prepositions, articles, period words.
   */
  filler: readonly string[];
  /**
   * What introduces a complement of the role word, one word long, before the
   * chain ("budget de l'édition", "Umsatz des Vereins", "revenue of Disney").
   */
  genitive: readonly string[];
  /** Words between the amount and a role word after it ("in" in "$11 billion in revenue"). */
  postLink: readonly string[];
  /**
   * Where a role word follows the amount directly ("$200 million budget"), what
   * must come after it, so that "a $200 million budget cut" is not a budget.
   * Undefined where compounds are written as one word (German "Budgetkürzung").
   */
  directRoleEnd?: string;
  /**
   * Words right after a role word that follows an amount, which make it a
   * compound or one part of the whole ("income tax", "ingresos publicitarios",
   * "Umsatz mit Werbung"): then it names no role.
   */
  roleTail: readonly string[];
  /** Verbs of rising and falling ("rose", "stieg", "økte"): an amount right after them is a change. */
  growthVerbs: readonly string[];
  declineVerbs: readonly string[];
  /** Prepositions of a change after such a verb ("by", "um", "met", "med", "un", "de"). */
  delta: readonly string[];
  /** Prepositions that mark a change wherever they stand ("by", "um"). */
  deltaAlone: readonly string[];
  /** "from … to …": the first value is the old one. */
  from: readonly string[];
  to: readonly string[];
  /** "between … and …", "… to …": a range, neither end gets a role. */
  between: readonly string[];
  and: readonly string[];
  range: readonly string[];
  /** Before an amount: it is a comparison value ("compared with", "gegenüber", "fra"). */
  previous: readonly string[];
  /** After an amount: it belongs to an earlier period ("a year earlier", "im Vorjahr"). */
  earlier: readonly string[];
  /** After an amount: a price per unit ("per share", "je Aktie"). */
  perUnit: readonly string[];
  /** Anywhere in the sentence: the figures are expectations, not results. */
  forecast: readonly string[];
}
