/** The summary of one article: plain data, rendered by the command and the TUI. */
import type { Evidence, Lang } from '../facts.js';

/** A sentence in the reader's language with the evidence that states it. */
export interface SummarySentence {
  text: string;
  /** Never empty. */
  evidence: Evidence[];
}

/** A sentence of the original, in the article's language. */
export interface Quote {
  text: string;
  evidence: Evidence;
}

export interface Summary {
  file: string;
  /** The article's language. */
  language: Lang;
  /** The reader's language, in which `lead` and `sentences` are written. */
  summaryLanguage: Lang;
  /** The article's title, as given. */
  title: string;
  /** Who did what, in which work, as far as the article states it; null when that cannot be said safely. */
  lead: SummarySentence | null;
  /** The key facts, one sentence each. */
  sentences: SummarySentence[];
  /** The two or three most central sentences of the original, in article order. */
  quotes: Quote[];
}
