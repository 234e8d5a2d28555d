/**
 * The matrix laid out as lines of text for a terminal of a given size. Article
 * columns that do not fit the width and rows that do not fit the height go to
 * further pages; every line fits the width. Pure: the Compare screen and the
 * `compare` command both print these lines.
 */
import { catalog } from '../i18n/catalog.js';
import { cellValues, type Row } from './matrix.js';
import { formatValue } from './format-value.js';
import { displayOrder, isFigureRow, rowGroup, rowName, type RowGroup } from './labels.js';
import { displayWidth, fit, truncate } from './text-width.js';
import type { CompareView } from './view.js';

export interface MatrixLayout {
  lines: string[];
  /** The page shown (0-based, clamped) and the number of pages. */
  page: number;
  pages: number;
}

export interface MatrixLayoutOptions {
  /** Columns available (at least 20 are needed for a readable table). */
  width: number;
  /** Lines available; unlimited when absent. */
  height?: number;
  page?: number;
}

/** Widest article column; longer values are cut with "…". */
const MAX_CELL = 14;
const INDENT = '  ';
const STATED = '✓';
const NOT_STATED = '—';

type Entry = { heading: RowGroup } | { row: Row };

/** The one currency of a money row ("USD"), or undefined when the row has none or several. */
export function rowCurrency(row: Row): string | undefined {
  const currencies = new Set(Object.values(row.cells).flatMap((c) => c?.facts.flatMap((f) => (f.kind === 'money' ? [f.currency] : [])) ?? []));
  return currencies.size === 1 ? [...currencies][0] : undefined;
}

/**
 * What a cell shows: the values in short form (without the currency when the
 * row has one, which its label then names), the person's roles, ✓ for a
 * statement or a name, — when not stated.
 */
export function cellText(view: CompareView, row: Row, file: string): string {
  const cell = row.cells[file];
  if (!cell) return NOT_STATED;
  if (isFigureRow(row)) {
    const style = { short: true, withoutCurrency: rowCurrency(row) !== undefined };
    const values = cellValues(cell).map((v) => formatValue(v.fact, view.lang, style));
    return values.every((v) => v === undefined) ? STATED : values.map((v) => v ?? STATED).join(' / ');
  }
  const roles = [...new Set(cell.facts.flatMap((f) => (f.kind === 'person' && f.role ? [f.role] : [])))];
  return roles.length ? roles.map((r) => catalog(view.lang).common.roles[r]).join(' / ') : STATED;
}

/** The label of a row in the matrix: indented, with the currency of a money row. */
function rowLabelText(view: CompareView, row: Row): string {
  const currency = rowCurrency(row);
  return `${INDENT}${rowName(row, view.matrix, view.lang)}${currency ? ` (${currency})` : ''}`;
}

/** The rows under their group headings, in display order. */
function entries(view: CompareView): Entry[] {
  const out: Entry[] = [];
  let group: RowGroup | undefined;
  for (const row of [...view.matrix.rows].sort(displayOrder(view.matrix, view.lang))) {
    const g = rowGroup(row.kind);
    if (g !== group) out.push({ heading: (group = g) });
    out.push({ row });
  }
  return out;
}

/** Splits the entries into pages of `size` lines; a page never ends on a heading and a continued group repeats its heading. */
function chunk(all: readonly Entry[], size: number): Entry[][] {
  const pages: Entry[][] = [];
  let page: Entry[] = [];
  let group: RowGroup | undefined;
  for (const e of all) {
    if ('heading' in e) group = e.heading;
    const full = page.length >= size || ('heading' in e && page.length >= size - 1 && size > 1);
    if (full) {
      pages.push(page);
      page = 'row' in e && group && size > 1 ? [{ heading: group }] : [];
    }
    page.push(e);
  }
  if (page.length) pages.push(page);
  return pages.length ? pages : [[]];
}

/**
 * Widths of the label and article columns, and how many articles fit side by
 * side. At natural widths when all articles fit; else cells narrow to what the
 * figures need (names and roles may then be cut) and labels to what is left,
 * down to 12 columns; only then do articles go to further pages.
 */
function columns(width: number, articles: number, labelMax: number, cell: { max: number; figures: number }, statusW: number) {
  const room = (labelW: number) => width - labelW - 1 - statusW;
  let labelW = Math.min(labelMax, Math.max(10, Math.floor(width * 0.4)));
  let cellW = cell.max;
  if (Math.floor(room(labelW) / (cellW + 1)) < articles) {
    cellW = cell.figures;
    labelW = Math.min(labelMax, room(0) - articles * (cellW + 1));
    if (labelW >= 12) cellW = Math.min(cell.max, Math.floor(room(labelW) / articles) - 1);
    else labelW = Math.min(labelMax, Math.max(12, Math.floor(width * 0.4)));
  }
  const perPage = Math.max(1, Math.min(articles, Math.floor(room(labelW) / (cellW + 1))));
  // The label column takes what the article columns leave.
  labelW = Math.max(4, Math.min(labelMax, room(0) - perPage * (cellW + 1)));
  return { labelW, cellW, perPage };
}

export function layoutMatrix(view: CompareView, { width, height, page = 0 }: MatrixLayoutOptions): MatrixLayout {
  const t = catalog(view.lang).compare;
  const files = view.matrix.articles.map((a) => a.file);
  const rows = view.matrix.rows;
  const label = (row: Row) => rowLabelText(view, row);

  const statusW = Math.max(displayWidth(t.statusColumn), ...Object.values(t.status).map(displayWidth));
  const widest = (rs: readonly Row[]) => Math.min(MAX_CELL, Math.max(1, ...rs.flatMap((r) => files.map((f) => displayWidth(cellText(view, r, f)))), ...files.map((f) => displayWidth(view.names[f] ?? f))));
  const cell = { max: widest(rows), figures: widest(rows.filter(isFigureRow)) };
  const labelMax = Math.max(displayWidth(t.factColumn), ...rows.map((r) => displayWidth(label(r))));
  const { labelW, cellW, perPage } = columns(width, files.length, labelMax, cell, statusW);
  const columnPages = Math.max(1, Math.ceil(files.length / perPage));

  const body = entries(view);
  const needFooter = columnPages > 1 || (height !== undefined && body.length + 1 > height);
  const rowPages = height === undefined ? [body] : chunk(body, Math.max(1, height - 1 - (needFooter ? 1 : 0)));
  const pages = columnPages * rowPages.length;
  const current = Number.isFinite(page) ? Math.min(Math.max(0, Math.trunc(page)), pages - 1) : 0;
  const shown = files.slice(Math.floor(current / rowPages.length) * perPage).slice(0, perPage);

  const line = (first: string, cells: string[], status: string) =>
    truncate(`${fit(first, labelW)}${cells.map((c) => ` ${fit(c, cellW)}`).join('')} ${fit(status, statusW)}`.trimEnd(), width);
  const lines = [line(t.factColumn, shown.map((f) => view.names[f] ?? f), t.statusColumn)];
  for (const e of rowPages[current % rowPages.length]!) {
    if ('heading' in e) lines.push(truncate(t.groups[e.heading], width));
    else lines.push(line(label(e.row), shown.map((f) => cellText(view, e.row, f)), t.status[e.row.status]));
  }
  if (needFooter) lines.push(truncate(t.page(current + 1, pages), width));
  return { lines, page: current, pages };
}
