/**
 * The JSON form of a comparison:
 * `{facts: [{key, label, articles: {<file>: value | null}, status, evidence}],
 *   observations: [{kind, keys, files, text, evidence: [{file, text, sentence}]}],
 *   articles: [{file, language, title, cites, omits, unattributed}]}`.
 * A value is the factor or percentage as a number, `{amount, currency,
 * approximate}` for money, the roles the article gives a person (an array,
 * empty when it gives none), and true for a statement or another name.
 */
import type { Evidence, Fact } from '../facts.js';
import { figureOf, rowLabel } from './labels.js';
import type { Cell, Row } from './matrix.js';
import type { CompareView } from './view.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const quote = (e: Evidence): Json => ({ text: e.text, sentence: e.sentence });

function valueJson(fact: Fact): Json {
  switch (fact.kind) {
    case 'speedup':
      return fact.factor;
    case 'percent':
      return fact.value;
    case 'money':
      return { amount: fact.amount, currency: fact.currency, approximate: fact.approximate };
    default:
      return true;
  }
}

function cellJson(row: Row, cell: Cell | null): Json {
  if (!cell) return null;
  if (row.kind === 'person') {
    return [...new Set(cell.facts.flatMap((f) => (f.kind === 'person' && f.role ? [f.role] : [])))];
  }
  return valueJson(cell.facts[0]!);
}

export function compareJson(view: CompareView): Json {
  const { matrix, lang } = view;
  return {
    facts: matrix.rows.map((row) => ({
      key: row.key,
      label: rowLabel(row, matrix, lang),
      articles: Object.fromEntries(matrix.articles.map((a) => [a.file, cellJson(row, row.cells[a.file] ?? null)])),
      status: row.status,
      evidence: Object.fromEntries(matrix.articles.flatMap((a) => (row.cells[a.file] ? [[a.file, row.cells[a.file]!.evidence.map(quote)]] : []))),
    })),
    observations: view.observations.map((o) => ({
      kind: o.kind,
      keys: o.keys,
      files: o.files,
      text: o.text,
      evidence: o.evidence.map((e) => ({ file: e.file, text: e.text, sentence: e.sentence })),
    })),
    articles: view.reports.map((r) => ({
      file: r.article.file,
      language: r.article.language,
      title: r.article.title,
      cites: r.citations.map((c) => ({ key: c.key, kind: c.kind, name: c.name, roles: c.roles, about: c.about, evidence: c.evidence.map(quote) })),
      omits: r.omits,
      unattributed: r.unattributed.map((f) => ({ figure: figureOf(f)!, value: valueJson(f), evidence: quote(f.evidence) })),
    })),
  };
}
