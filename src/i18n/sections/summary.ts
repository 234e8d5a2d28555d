/**
 * The summary texts every language's catalog provides. Sentences are templates
 * with typed parameters, so each language builds its own grammar (word order,
 * gender, case, number agreement) around the values; values arrive formatted
 * for the reader's locale; person roles arrive language-neutral so each
 * language can put its own noun in its own construction.
 */
import type { PersonRole } from '../../facts.js';

/** The kind of creative work named in a lead. */
export type WorkGenre = 'series' | 'film' | 'documentary';

export interface Work {
  genre: WorkGenre;
  /** As written in the article. */
  title: string;
}

/** Who states a fact: the article itself, or someone it attributes the fact to. */
export type Speaker =
  | { kind: 'article' }
  /** `feminine` when the article shows it (by a feminine role noun); else the catalog's default noun is used. */
  | { kind: 'person'; name: string; role?: PersonRole; feminine?: boolean }
  | { kind: 'source'; name: string };

/** A change in percent; `percent` is formatted and unsigned. */
export interface Change {
  percent: string;
  down: boolean;
}

export interface Figure {
  text: string;
  percent: boolean;
}

export interface PersonMention {
  name: string;
  role?: PersonRole;
  feminine?: boolean;
}

export interface SummaryText {
  /** Labels of the plain-text rendering. */
  labels: {
    /** The line under the title: "000.txt · article in Norwegian Bokmål". */
    articleLine(p: { articleLanguage: string; file: string }): string;
    keyFacts: string;
    /** Heading of the quotes, naming the article's language. */
    quotes(p: { articleLanguage: string }): string;
    /** Shown when the article states no fact the summary can use. */
    noFacts: string;
  };
  /** Marks a quotation the way this language does ("…", „…“, «…»). */
  quote(text: string): string;
  /** At least one of `actor` and `work` is given. */
  lead(p: { actor?: string; work?: Work }): string;
  /** `factor` is formatted; `value` is the number (English writes "twice as fast"). */
  speedup(p: { speaker: Speaker; factor: string; value: number }): string;
  /**
   * The article says it would not have been possible (or affordable) within the
   * budget; `otherwise` when it names what made the difference ("without it").
   */
  notWithinBudget(p: { speaker: Speaker; otherwise: boolean }): string;
  /** The article says it was made for a fraction of the cost. */
  fractionOfCost(p: { speaker: Speaker }): string;
  /** One or more distinct revenue amounts; `change` only comes with a single amount. */
  revenue(p: { speaker: Speaker; amounts: string[]; change?: Change }): string;
  /** A revenue change without an amount. */
  revenueChange(p: { speaker: Speaker; change: Change }): string;
  profit(p: { speaker: Speaker; amounts: string[]; change?: Change }): string;
  profitChange(p: { speaker: Speaker; change: Change }): string;
  /** A budget given as an amount; worded without tense, as a budget may be past, present or planned. */
  budgetAmount(p: { speaker: Speaker; amounts: string[] }): string;
  /** A cost given as an amount; without tense, like the budget ("will cost", "kostete"). */
  cost(p: { speaker: Speaker; amounts: string[] }): string;
  /** Amounts and percentages without a role, formatted. */
  otherFigures(p: { figures: Figure[] }): string;
  organizations(p: { names: string[] }): string;
  people(p: { people: PersonMention[] }): string;
  sources(p: { names: string[] }): string;
}
