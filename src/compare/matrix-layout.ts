/**
 * The matrix laid out as lines of text for a terminal of a given size. Article
 * columns that do not fit the width and rows that do not fit the height go to
 * further pages; every line fits the width. Pure: the Compare screen and the
 * `compare` command both print these lines.
 */
import { catalog } from '../i18n/catalog.js';
import { cellValues, type Row, type RowKind } from './matrix.js';
import { formatValue } from './format-value.js';
import { isFigureRow, rowName } from './labels.js';
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

type Group = 'figures' | 'organization' | 'source' | 'person';
const groupOf = (kind: RowKind): Group => (kind === 'organization' || kind === 'source' || kind === 'person' ? kind : 'figures');

type Entry = { heading: Group } | { row: Row };

/** What a cell shows: the values (short form), the person's roles, ✓, or — when not stated. */
export function cellText(view: CompareView, row: Row, file: string): string {
  const cell = row.cells[file];
  if (!cell) return NOT_STATED;
  if (isFigureRow(row)) {
    const values = cellValues(cell).map((v) => formatValue(v.fact, view.lang, 'short'));
    return values.every((v) => v === undefined) ? STATED : values.map((v) => v ?? STATED).join(' / ');
  }
  const roles = [...new Set(cell.facts.flatMap((f) => (f.kind === 'person' && f.role ? [f.role] : [])))];
  return roles.length ? roles.map((r) => catalog(view.lang).common.roles[r]).join(' / ') : STATED;
}

function entries(view: CompareView): Entry[] {
  const out: Entry[] = [];
  let group: Group | undefined;
  for (const row of view.matrix.rows) {
    const g = groupOf(row.kind);
    if (g !== group) out.push({ heading: (group = g) });
    out.push({ row });
  }
  return out;
}

/** Splits the entries into pages of `size` lines; a page never ends on a heading and a continued group repeats its heading. */
function chunk(all: readonly Entry[], size: number): Entry[][] {
  const pages: Entry[][] = [];
  let page: Entry[] = [];
  let group: Group | undefined;
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

export function layoutMatrix(view: CompareView, { width, height, page = 0 }: MatrixLayoutOptions): MatrixLayout {
  const t = catalog(view.lang).compare;
  const files = view.matrix.articles.map((a) => a.file);
  const rows = view.matrix.rows;
  const label = (row: Row) => INDENT + rowName(row, view.matrix, view.lang);

  const statusW = Math.max(displayWidth(t.statusColumn), ...Object.values(t.status).map(displayWidth));
  const cellW = Math.min(MAX_CELL, Math.max(1, ...rows.flatMap((r) => files.map((f) => displayWidth(cellText(view, r, f)))), ...files.map((f) => displayWidth(view.names[f] ?? f))));
  const labelMax = Math.max(displayWidth(t.factColumn), ...Object.values(t.groups).map(displayWidth), ...rows.map((r) => displayWidth(label(r))));
  const columnsFor = (labelW: number) => Math.floor((width - labelW - 1 - statusW) / (cellW + 1));

  // The label column takes what the articles leave, between 10 columns and 40 % of the width.
  let labelW = Math.min(labelMax, Math.max(10, Math.floor(width * 0.4)));
  const perPage = Math.max(1, Math.min(files.length, columnsFor(labelW)));
  labelW = Math.max(4, Math.min(labelMax, width - 1 - statusW - perPage * (cellW + 1)));
  const columnPages = Math.max(1, Math.ceil(files.length / perPage));

  const body = entries(view);
  const needFooter = columnPages > 1 || (height !== undefined && body.length + 1 > height);
  const rowPages = height === undefined ? [body] : chunk(body, Math.max(1, height - 1 - (needFooter ? 1 : 0)));
  const pages = columnPages * rowPages.length;
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
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
