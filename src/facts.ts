/** The fact model: a language-neutral value plus the evidence that states it. */

export const LANGS = ['en', 'de', 'nl', 'nb', 'es', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A sentence of an article, with offsets into the article body. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Where a fact comes from: `text` is an exact substring of the article body
 * (`body.slice(start, end) === text`), `sentence` the sentence it stands in.
 */
export interface Evidence {
  text: string;
  sentence: string;
  start: number;
  end: number;
}

export type MoneyRole = 'revenue' | 'profit' | 'budget' | 'cost';
export type PercentRole = 'revenue-growth' | 'profit-growth';

export interface SpeedupFact {
  kind: 'speedup';
  factor: number;
  evidence: Evidence;
}
export interface MoneyFact {
  kind: 'money';
  role?: MoneyRole;
  /** In units of the currency (11 billion dollars: 11000000000). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  approximate: boolean;
  evidence: Evidence;
}
export interface PercentFact {
  kind: 'percent';
  role?: PercentRole;
  value: number;
  evidence: Evidence;
}
export interface BudgetFact {
  kind: 'budget';
  evidence: Evidence;
}
export interface OrganizationFact {
  kind: 'organization';
  /** As written in the article. */
  name: string;
  /** Language-neutral key, shared by every spelling of one institution. */
  canonical: string;
  evidence: Evidence;
}
/** Language-neutral person roles; the i18n catalogs translate them. */
export const PERSON_ROLES = [
  'CEO',
  'co-CEO',
  'author',
  'founder',
  'chair',
  'president',
  'director',
  'producer',
  'spokesperson',
  'analyst',
  'minister',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export interface PersonFact {
  kind: 'person';
  name: string;
  role?: PersonRole;
  evidence: Evidence;
}
export interface SourceFact {
  kind: 'source';
  name: string;
  evidence: Evidence;
}

export type Fact =
  | SpeedupFact
  | MoneyFact
  | PercentFact
  | BudgetFact
  | OrganizationFact
  | PersonFact
  | SourceFact;
export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

/** A loaded, sanitized article. */
export interface Article {
  /** Stable id: header id, else the file name without extension. */
  id: string;
  /** Path as given (or the corpus file name for the bundled corpus). */
  file: string;
  language: Lang;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
  /** The article text (sanitized); evidence offsets point into it. */
  body: string;
  sentences: Sentence[];
  /** Header problems worth telling the user (unknown or malformed fields); the article loads all the same. */
  warnings: HeaderWarning[];
}

/** A problem in an article's header, told in the reader's language by src/corpus/describe.ts. */
export interface HeaderWarning {
  kind: 'unknown-field' | 'malformed-line' | 'repeated-field' | 'unsupported-language' | 'not-closed';
  /** The field name, the line (shortened) or the language value, sanitized; none for 'not-closed'. */
  text?: string;
}

export interface ArticleFacts {
  article: Article;
  facts: Fact[];
}

export function factsOf<K extends FactKind>(facts: readonly Fact[], kind: K): FactOf<K>[] {
  return facts.filter((f): f is FactOf<K> => f.kind === kind);
}
