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
  /** Language-neutral value: a number (factor, amount, percent), or true for a statement or a name. */
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

function numericValue(fact: Fact): number | true {
  switch (fact.kind) {
    case 'speedup':
      return fact.factor;
    case 'money':
      return fact.amount;
    case 'percent':
      return fact.value;
    default:
      return true;
  }
}

function sameValue(a: Cell, b: Cell): boolean {
  if (a.value === true || b.value === true) return a.value === b.value;
  if (a.currency !== b.currency) return false;
  // "rund 11 Milliarden" and "11.08 billion" state the same figure when rounding is declared.
  if (a.value === b.value) return true;
  if (a.approximate || b.approximate) return Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= 0.05;
  return false;
}

export function buildMatrix(all: readonly ArticleFacts[]): Matrix {
  const rows = new Map<string, Row>();
  for (const { article, facts } of all) {
    for (const fact of facts) {
      const where = rowOf(fact);
      if (!where) continue;
      let row = rows.get(where.key);
      if (!row) {
        row = { key: where.key, kind: where.kind, cells: Object.fromEntries(all.map((a) => [a.article.file, null])), status: 'single' };
        if (where.name) row.name = where.name;
        rows.set(where.key, row);
      }
      const cell = row.cells[article.file];
      if (cell) {
        cell.facts.push(fact);
        cell.evidence.push(fact.evidence);
      } else {
        const c: Cell = { value: numericValue(fact), facts: [fact], evidence: [fact.evidence] };
        if (fact.kind === 'money') {
          c.currency = fact.currency;
          c.approximate = fact.approximate;
        }
        row.cells[article.file] = c;
      }
    }
  }
  for (const row of rows.values()) {
    const cells = Object.values(row.cells).filter((c): c is Cell => c !== null);
    row.status = cells.length < 2 ? 'single' : cells.every((c) => sameValue(c, cells[0]!)) ? 'agree' : 'differ';
  }
  const ordered = [...rows.values()].sort(
    (a, b) => ROW_ORDER.indexOf(a.kind) - ROW_ORDER.indexOf(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { articles: all.map((a) => a.article), rows: ordered };
}
