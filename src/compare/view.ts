/**
 * The comparison of a set of articles, ready for a screen or a command: the
 * matrix, each article's report and the observations, in one language.
 */
import type { Article, ArticleFacts, Lang } from '../facts.js';
import { articleReports, type ArticleReport } from './article-report.js';
import { buildMatrix, type Matrix } from './matrix.js';
import { buildObservations, type Observation } from './observations.js';

export interface CompareView {
  lang: Lang;
  matrix: Matrix;
  /** The short name of each article file ("A", "B", …), as the matrix columns show it. */
  names: Record<string, string>;
  reports: ArticleReport[];
  observations: Observation[];
}

export interface CompareOptions {
  /** How observations name an article: by its short name (default) or by its file. */
  naming?: 'short' | 'file';
}

/** "A" … "Z", then "AA", "AB", … */
export function shortName(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export function compareArticles(all: readonly ArticleFacts[], lang: Lang, options: CompareOptions = {}): CompareView {
  const matrix = buildMatrix(all);
  const names = Object.fromEntries(matrix.articles.map((a: Article, i) => [a.file, shortName(i)]));
  const nameOf = options.naming === 'file' ? (file: string) => file : (file: string) => names[file] ?? file;
  return {
    lang,
    matrix,
    names,
    reports: articleReports(matrix, all),
    observations: buildObservations({ matrix, lang, nameOf }),
  };
}
