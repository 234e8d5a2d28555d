/**
 * The words one language uses around a percentage of growth. Entries are regex
 * sources (case-insensitive, whole words). Role words, fillers, verbs of growth
 * and prepositions of change come from the money lexicon of the same language.
 */
import type { PercentRole } from '../../facts.js';

export interface PercentLexicon {
  /** Nouns of growth: "increase", "Anstieg", "økning". */
  nouns: readonly string[];
  /** Between such a noun and the value: "of", "von", "på", "del". */
  nounLink: readonly string[];
  /** Right before the value, meaning a rise: "up", "plus", "opp", "en hausse de". */
  up: readonly string[];
  /** After the value, completing a rise: "higher", "gestiegen", "toe". */
  after: readonly string[];
  /** After the value, before a role word: "more" in "16% more revenue", "mehr". */
  more: readonly string[];
  /** Between an amount and the growth phrase after it: "representing", "was", "soit". */
  relative: readonly string[];
  /** Prepositions of a short period phrase after an amount ("for the year to June, up 12%"). */
  period: readonly string[];
  /** Periods named without a preposition ("last year, up 12%"). */
  when: readonly string[];
  article: readonly string[];
  /** Between a growth phrase and the role word after it: "in", "beim", "van de", "du". */
  ofRole: readonly string[];
  /** Year-over-year phrases that may stand next to the value. */
  yoy: readonly string[];
  /** Single words or phrases naming the growth of a role: "revenue growth", "Umsatzplus". */
  roleGrowth: Record<'revenue' | 'profit', readonly string[]>;
}

export const ROLE_GROWTH: Record<'revenue' | 'profit', PercentRole> = {
  revenue: 'revenue-growth',
  profit: 'profit-growth',
};
