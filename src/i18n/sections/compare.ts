/**
 * The compare texts every language's catalog provides (owned by the compare
 * feature). Templates take article names and lists already joined in the
 * reader's language ("A, B and C"), and values already formatted.
 */

/** The figure rows of the matrix, plus amounts and percentages that carry no role. */
export type FigureKey = 'speedup' | 'budget' | 'revenue' | 'revenue-growth' | 'profit' | 'profit-growth' | 'money' | 'percent';

export interface CompareText {
  /** Row labels of the figures ("Revenue growth"). */
  figures: Record<FigureKey, string>;
  /** Full row labels of names, for lists and JSON ("Organization: Netflix"). */
  organization: (name: string) => string;
  source: (name: string) => string;
  person: (name: string) => string;
  /** Headings of the row groups in the matrix. */
  groups: { figures: string; organization: string; source: string; person: string };
  /** Short status words for the matrix column (at most 12 characters). */
  status: { agree: string; differ: string; single: string };
  /** Matrix column headings (at most 12 characters). */
  factColumn: string;
  statusColumn: string;
  /** "5 articles compared". */
  heading: (count: number) => string;
  /** Explains the marks in the cells: ✓ stated, — not stated, ≈ about. */
  legend: string;
  /** "Page 2 of 3". */
  page: (page: number, pages: number) => string;

  observationsHeading: string;
  noObservations: string;
  /** "Speed-up: A states 3 times; B and C state 10 times." Built from `differGroup` parts. */
  differ: (label: string, groups: readonly string[]) => string;
  /** One value and the articles stating it: "B and C state 10 times". */
  differGroup: (value: string, articles: string, count: number) => string;
  /** "Revenue growth: stated only by A (16 %)." `value` is absent for statements. */
  single: (label: string, article: string, value?: string) => string;
  /** "Only A cites Reuters." */
  citesOnly: (article: string, name: string) => string;
  /** "Only A names CineD, MZed and Greg Peters." */
  namesOnly: (article: string, names: string, count: number) => string;
  /** "Speed-up: A states more than one value: 10 times and 3 times." */
  inconsistent: (label: string, article: string, values: string) => string;
  /** "Ted Sarandos: co-CEO in A and B; CEO in C." Built from `roleGroup` parts. */
  roleDiffers: (name: string, groups: readonly string[]) => string;
  roleGroup: (role: string, articles: string) => string;
  /** "A and C (German) share a passage of 23 identical words …" (both article names joined). */
  sharedPassage: (articles: string, language: string, words: number) => string;

  articlesHeading: string;
  /** Section of one article: sources and people it names, and the figures in the same sentence. */
  citesHeading: string;
  /** Marks a cited source in the list ("source"). */
  sourceMark: string;
  /** "in the same sentence: speed-up, revenue". */
  sameSentence: (labels: string) => string;
  omitsHeading: string;
  unattributedHeading: string;
  /** An evidence quote in the article's own language, in this language's quotation marks. */
  quote: (text: string) => string;
  /** For an empty section. */
  none: string;
}
