/** Names of matrix rows and of figures in the reader's language. */
import type { Fact, Lang } from '../facts.js';
import { organizationName } from '../extract/organizations/index.js';
import { catalog } from '../i18n/catalog.js';
import type { FigureKey } from '../i18n/sections/compare.js';
import type { Matrix, Row, RowKind } from './matrix.js';

export const FIGURE_KINDS: readonly RowKind[] = ['speedup', 'budget', 'revenue', 'revenue-growth', 'profit', 'profit-growth'];

export function isFigureRow(row: Row): boolean {
  return FIGURE_KINDS.includes(row.kind);
}

/** The groups of rows, in matrix order: figures, then organizations, sources and people. */
export type RowGroup = 'figures' | 'organization' | 'source' | 'person';
export const ROW_GROUPS: readonly RowGroup[] = ['figures', 'organization', 'source', 'person'];

export function rowGroup(kind: RowKind): RowGroup {
  return kind === 'organization' || kind === 'source' || kind === 'person' ? kind : 'figures';
}

/** The figure a fact states, for figures (amounts and percentages without a role included); undefined for names. */
export function figureOf(fact: Fact): FigureKey | undefined {
  switch (fact.kind) {
    case 'speedup':
    case 'budget':
      return fact.kind;
    case 'money':
      return fact.role === 'revenue' || fact.role === 'profit' ? fact.role : 'money';
    case 'percent':
      return fact.role ?? 'percent';
    default:
      return undefined;
  }
}

/**
 * The display name of an organization row: the institution's name in the
 * reader's language where the registry knows it; else the name as written by
 * the first article in the reader's language, else by the first article.
 */
function organizationLabel(row: Row, matrix: Matrix, lang: Lang): string {
  const known = row.name && organizationName(row.name, lang);
  if (known) return known;
  const written = (file: string) => {
    const fact = row.cells[file]?.facts[0];
    return fact?.kind === 'organization' ? fact.name : undefined;
  };
  const files = matrix.articles.filter((a) => written(a.file) !== undefined);
  const pick = files.find((a) => a.language === lang) ?? files[0];
  return (pick && written(pick.file)) ?? row.name ?? row.key;
}

/** The short name of a row: the figure ("Revenue") or the name ("Netflix", "Reuters", "Ted Sarandos"). */
export function rowName(row: Row, matrix: Matrix, lang: Lang): string {
  if (row.kind === 'organization') return organizationLabel(row, matrix, lang);
  if (row.kind === 'source' || row.kind === 'person') return row.name ?? row.key;
  return catalog(lang).compare.figures[row.kind];
}

/** The full label of a row, readable out of context ("Organization: Netflix"). */
export function rowLabel(row: Row, matrix: Matrix, lang: Lang): string {
  const t = catalog(lang).compare;
  const name = rowName(row, matrix, lang);
  switch (row.kind) {
    case 'organization':
      return t.organization(name);
    case 'source':
      return t.source(name);
    case 'person':
      return t.person(name);
    default:
      return name;
  }
}

/**
 * Orders rows for display: by group, figures in matrix order, names
 * alphabetically by their display name in the reader's language.
 */
export function displayOrder(matrix: Matrix, lang: Lang): (a: Row, b: Row) => number {
  const collator = new Intl.Collator(lang);
  const figures = (r: Row) => (isFigureRow(r) ? matrix.rows.indexOf(r) : -1);
  return (a, b) =>
    ROW_GROUPS.indexOf(rowGroup(a.kind)) - ROW_GROUPS.indexOf(rowGroup(b.kind)) ||
    figures(a) - figures(b) ||
    collator.compare(rowName(a, matrix, lang), rowName(b, matrix, lang));
}
