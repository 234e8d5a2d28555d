/**
 * The fact matrix: for each fact key (speed-up, budget, revenue, …, each
 * organization, source and person) the value each article states, or null,
 * and whether the articles that state it agree. Values compare in their
 * language-neutral form, so 11 billion dollars in German and in Spanish agree.
 */
import type { Article, ArticleFacts, Evidence, Fact } from '../facts.js';

export type RowKind = 'speedup' | 'budget' | 'revenue' | 'revenue-growth' | 'profit' | 'profit-growth' | 'organization' | 'source' | 'person';

/** What one article states for one key. */
export interface Cell {
  /**
   * Language-neutral value of the first fact: a number (factor, amount,
   * percent), or true for a statement or a name. Later facts of the cell may
   * state another value (see `cellValues`).
   */
  value: number | true;
  /** For money. */
  currency?: string;
  approximate?: boolean;
  /** The facts behind the cell (first one is the main evidence). */
  facts: Fact[];
  evidence: Evidence[];
}

export type Status = 'agree' | 'differ' | 'single';

export interface Row {
  /** "speedup", "revenue", "organization:goya-academy", "source:reuters", "person:ted sarandos". */
  key: string;
  kind: RowKind;
  /** For names: the name as first written (organizations: the canonical key). */
  name?: string;
  /** One entry per article file: the cell, or null when the article does not state it. */
  cells: Record<string, Cell | null>;
  status: Status;
}

export interface Matrix {
  articles: Article[];
  rows: Row[];
}

const ROW_ORDER: RowKind[] = ['speedup', 'budget', 'revenue', 'revenue-growth', 'profit', 'profit-growth', 'organization', 'source', 'person'];

/** The row key and kind a fact belongs to, or undefined when it has no row (money or percent without role). */
export function rowOf(fact: Fact): { key: string; kind: RowKind; name?: string } | undefined {
  switch (fact.kind) {
    case 'speedup':
      return { key: 'speedup', kind: 'speedup' };
    case 'budget':
      return { key: 'budget', kind: 'budget' };
    case 'money':
      return fact.role === 'revenue' || fact.role === 'profit' ? { key: fact.role, kind: fact.role } : undefined;
    case 'percent':
      return fact.role ? { key: fact.role, kind: fact.role } : undefined;
    case 'organization':
      return { key: `organization:${fact.canonical}`, kind: 'organization', name: fact.canonical };
    case 'source':
      return { key: `source:${fact.name.toLowerCase()}`, kind: 'source', name: fact.name };
    case 'person':
      return { key: `person:${fact.name.toLowerCase()}`, kind: 'person', name: fact.name };
  }
}

type Value = Pick<Cell, 'value' | 'currency' | 'approximate'>;

/** The language-neutral value a fact states. */
function valueOf(fact: Fact): Value {
  switch (fact.kind) {
    case 'speedup':
      return { value: fact.factor };
    case 'money':
      return { value: fact.amount, currency: fact.currency, approximate: fact.approximate };
    case 'percent':
      return { value: fact.value };
    default:
      return { value: true };
  }
}

/** Whether valueOf gives a number for the fact (else true). */
const statesNumber = (fact: Fact) => fact.kind === 'speedup' || fact.kind === 'money' || fact.kind === 'percent';

/** How far an approximate amount may lie from another and still state the same figure. */
export const APPROXIMATE_TOLERANCE = 0.05;

/**
 * Two cells state the same value: equal names or statements; equal numbers in
 * the same currency; or, when one of them declares rounding ("rund 11
 * Milliarden"), numbers within APPROXIMATE_TOLERANCE of each other.
 */
export function sameValue(a: Value, b: Value): boolean {
  if (a.value === true || b.value === true) return a.value === b.value;
  if (a.currency !== b.currency) return false;
  if (a.value === b.value) return true;
  if (a.approximate || b.approximate) return Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value)) <= APPROXIMATE_TOLERANCE;
  return false;
}

/** One stated value: a fact's language-neutral value with the fact behind it. */
export interface StatedValue extends Value {
  fact: Fact;
}

/** The distinct values the facts of a cell state, in order of appearance (one, unless the article contradicts itself). */
export function cellValues(cell: Cell): StatedValue[] {
  const out: StatedValue[] = [];
  for (const fact of cell.facts) {
    const v: StatedValue = Object.assign(valueOf(fact), { fact });
    if (!out.some((o) => sameValue(o, v))) out.push(v);
  }
  return out;
}

/** Every value stated agrees with every other (with a tolerance, agreeing with the first is not enough). */
function allAgree(values: readonly StatedValue[]): boolean {
  // Values equal in all that sameValue reads are checked once.
  const distinct = new Map<string, StatedValue>();
  values.forEach((v, i) => distinct.set(v.value === true || Number.isFinite(v.value) ? `${v.value}|${v.currency}|${v.approximate}` : `#${i}`, v));
  const list = [...distinct.values()];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (!sameValue(list[i]!, list[j]!)) return false;
  return true;
}

/**
 * The matrix with a cell only where an article states the key: reading the
 * cell of any other article gives undefined instead of null (the cells have
 * no prototype, so any file name is safe as a key). Its size grows with the
 * facts, not with articles times keys.
 */
export function buildSparseMatrix(all: readonly ArticleFacts[]): Matrix {
  const rows = new Map<string, Row>();
  for (const { article, facts } of all) {
    for (const fact of facts) {
      const where = rowOf(fact);
      if (!where) continue;
      let row = rows.get(where.key);
      if (!row) {
        row = { key: where.key, kind: where.kind, cells: Object.create(null) as Row['cells'], status: 'single' };
        if (where.name) row.name = where.name;
        rows.set(where.key, row);
      }
      const cell = row.cells[article.file];
      if (cell) {
        cell.facts.push(fact);
        cell.evidence.push(fact.evidence);
      } else {
        // Not spread into a new object: with values of several shapes that is many times slower.
        row.cells[article.file] = Object.assign(valueOf(fact), { facts: [fact], evidence: [fact.evidence] });
      }
    }
  }
  for (const row of rows.values()) {
    const cells = Object.values(row.cells).filter((c): c is Cell => !!c);
    // An article that states two values differs. Names and statements state only true: they agree.
    const numbers = cells.some((c) => c.facts.some(statesNumber));
    row.status = cells.length < 2 ? 'single' : !numbers || allAgree(cells.flatMap(cellValues)) ? 'agree' : 'differ';
  }
  const ordered = [...rows.values()].sort(
    (a, b) => ROW_ORDER.indexOf(a.kind) - ROW_ORDER.indexOf(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { articles: all.map((a) => a.article), rows: ordered };
}

/** The matrix: every row has a cell or null for each article file. */
export function buildMatrix(all: readonly ArticleFacts[]): Matrix {
  const matrix = buildSparseMatrix(all);
  for (const row of matrix.rows) row.cells = Object.fromEntries(all.map((a) => [a.article.file, row.cells[a.article.file] ?? null]));
  return matrix;
}
