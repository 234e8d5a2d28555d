/** The shape of one language's rules for naming a creative work ("the series El Eternauta"). */
import type { WorkGenre } from '../../i18n/sections/summary.js';

export interface WorkRules {
  /**
   * Genre nouns as they stand before a title, as regex sources matched case-sensitively
   * (closed compounds listed; hyphenated ones like "Sci-Fi-Serie" are taken by the engine).
   * Letters and hyphens only, without anchors or lookaround: the engine looks for
   * them word by word.
   */
  genres: Array<[source: string, genre: WorkGenre]>;
  /**
   * Lower-case words that, right after a run of capitalized words, leave its end
   * uncertain ("la película Roma de …", "the film Gone with …"): no title is taken.
   */
  stoppers: string[];
  /** Articles and determiners: never a title on their own ("El", "The", "Die"). */
  articles: string[];
  /**
   * When an unquoted one-word title is taken: 'always' where titles are written in
   * title case ("the film Oppenheimer was"); 'before-punctuation' where they may be
   * in sentence case, so a lower-case word after it may still belong to it ("serien
   * Stille vann"); 'never' in German, where every noun is capitalized.
   */
  singleWordTitles: 'always' | 'before-punctuation' | 'never';
  /** How many lower-case words (adjectives) may stand between the genre noun and a quoted title. */
  wordsBeforeQuotedTitle: number;
  /** A word right before the genre noun that makes it a verb ("to film"). */
  notAfter?: string[];
}
