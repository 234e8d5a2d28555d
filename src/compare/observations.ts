/**
 * Observations on a set of articles: each a sentence in the reader's language
 * with the evidence behind it. They state what the articles say and where
 * they part ("A states 3 times; B and C state 10 times"), never who is right.
 */
import type { Evidence, Lang, PersonRole } from '../facts.js';
import { catalog, languageName } from '../i18n/catalog.js';
import { formatList } from '../i18n/format.js';
import { formatValue } from './format-value.js';
import { displayOrder, isFigureRow, rowName } from './labels.js';
import { cellValues, type Matrix, type Row, type StatedValue } from './matrix.js';
import { passageFinder } from './passages.js';

export type ObservationKind =
  | 'figure-differs'
  | 'inconsistent-figure'
  | 'role-differs'
  | 'single-figure'
  | 'single-source'
  | 'single-names'
  | 'shared-passage';

export interface FileEvidence extends Evidence {
  file: string;
}

export interface Observation {
  kind: ObservationKind;
  /** The matrix rows it is about (none for shared passages). */
  keys: string[];
  /** The files it is about, in article order. */
  files: string[];
  text: string;
  evidence: FileEvidence[];
}

/** What the observations need to say: the matrix, the article names to use, the language. */
export interface ObservationContext {
  matrix: Matrix;
  lang: Lang;
  /** How running text names an article ("A", or its file name). */
  nameOf: (file: string) => string;
}

const at = (file: string, e: Evidence): FileEvidence => ({ file, ...e });

/**
 * The values stated for a row, grouped by how they read ("about $11 billion"
 * and "$11 billion" apart, so that no article is said to state what it does
 * not), each with the articles (in article order) and the facts.
 */
function valueGroups(row: Row, files: readonly string[], lang: Lang): Array<{ text: string; entries: Array<{ file: string; value: StatedValue }> }> {
  const groups = new Map<string, Array<{ file: string; value: StatedValue }>>();
  for (const file of files) {
    for (const value of row.cells[file] ? cellValues(row.cells[file]!) : []) {
      const text = formatValue(value.fact, lang) ?? '';
      groups.set(text, [...(groups.get(text) ?? []), { file, value }]);
    }
  }
  return [...groups].map(([text, entries]) => ({ text, entries }));
}

function figureObservations(ctx: ObservationContext, files: readonly string[]): Observation[] {
  const { matrix, lang, nameOf } = ctx;
  const t = catalog(lang).compare;
  const out: Observation[] = [];
  for (const row of matrix.rows.filter(isFigureRow)) {
    const label = rowName(row, matrix, lang);
    if (row.status === 'differ') {
      const groups = valueGroups(row, files, lang);
      const parts = groups.map((g) => {
        const names = [...new Set(g.entries.map((e) => e.file))].map(nameOf);
        return t.differGroup(g.text, formatList(names, lang), names.length);
      });
      out.push({
        kind: 'figure-differs',
        keys: [row.key],
        files: files.filter((f) => row.cells[f]),
        text: t.differ(label, parts),
        evidence: groups.flatMap((g) => g.entries.map((e) => at(e.file, e.value.fact.evidence))),
      });
    }
    for (const file of files) {
      const cell = row.cells[file];
      const values = cell ? cellValues(cell) : [];
      if (values.length < 2) continue;
      const formatted = values.map((v) => formatValue(v.fact, lang) ?? '');
      out.push({
        kind: 'inconsistent-figure',
        keys: [row.key],
        files: [file],
        text: t.inconsistent(label, nameOf(file), formatList(formatted, lang)),
        evidence: values.map((v) => at(file, v.fact.evidence)),
      });
    }
    if (row.status === 'single' && files.length > 1) {
      const file = files.find((f) => row.cells[f])!;
      const cell = row.cells[file]!;
      const value = formatValue(cell.facts[0]!, lang);
      out.push({ kind: 'single-figure', keys: [row.key], files: [file], text: t.single(label, nameOf(file), value), evidence: [at(file, cell.evidence[0]!)] });
    }
  }
  return out;
}

function roleObservations(ctx: ObservationContext, files: readonly string[]): Observation[] {
  const { matrix, lang, nameOf } = ctx;
  const c = catalog(lang);
  const out: Observation[] = [];
  for (const row of matrix.rows.filter((r) => r.kind === 'person')) {
    const byRole = new Map<PersonRole, FileEvidence[]>();
    for (const file of files) {
      for (const fact of row.cells[file]?.facts ?? []) {
        if (fact.kind !== 'person' || !fact.role) continue;
        const list = byRole.get(fact.role) ?? [];
        if (!list.some((e) => e.file === file)) list.push(at(file, fact.evidence));
        byRole.set(fact.role, list);
      }
    }
    if (byRole.size < 2) continue;
    const parts = [...byRole].map(([role, ev]) => c.compare.roleGroup(c.common.roles[role], formatList(ev.map((e) => nameOf(e.file)), lang)));
    const evidence = [...byRole.values()].flat();
    out.push({
      kind: 'role-differs',
      keys: [row.key],
      files: files.filter((f) => evidence.some((e) => e.file === f)),
      text: c.compare.roleDiffers(rowName(row, matrix, lang), parts),
      evidence,
    });
  }
  return out;
}

function singleNameObservations(ctx: ObservationContext, files: readonly string[]): Observation[] {
  const { matrix, lang, nameOf } = ctx;
  const t = catalog(lang).compare;
  if (files.length < 2) return [];
  const out: Observation[] = [];
  const only = (row: Row, file: string) => row.status === 'single' && row.cells[file] !== null;
  for (const file of files) {
    for (const row of matrix.rows.filter((r) => r.kind === 'source' && only(r, file))) {
      out.push({ kind: 'single-source', keys: [row.key], files: [file], text: t.citesOnly(nameOf(file), rowName(row, matrix, lang)), evidence: [at(file, row.cells[file]!.evidence[0]!)] });
    }
  }
  for (const file of files) {
    const sources = new Set(matrix.rows.filter((r) => r.kind === 'source' && r.cells[file]).map((r) => rowName(r, matrix, lang).toLowerCase()));
    // An organization the article cites as a source is already observed as a source.
    const rows = matrix.rows
      .filter((r) => (r.kind === 'organization' || r.kind === 'person') && only(r, file) && !(r.kind === 'organization' && sources.has(rowName(r, matrix, lang).toLowerCase())))
      .sort(displayOrder(matrix, lang));
    if (rows.length === 0) continue;
    out.push({
      kind: 'single-names',
      keys: rows.map((r) => r.key),
      files: [file],
      text: t.namesOnly(nameOf(file), formatList(rows.map((r) => rowName(r, matrix, lang)), lang), rows.length),
      evidence: rows.map((r) => at(file, r.cells[file]!.evidence[0]!)),
    });
  }
  return out;
}

function passageObservations(ctx: ObservationContext): Observation[] {
  const { matrix, lang, nameOf } = ctx;
  const t = catalog(lang).compare;
  const out: Observation[] = [];
  const articles = matrix.articles;
  const finder = passageFinder(articles);
  const languages = new Map(articles.map((a) => [a.language, languageName(a.language, lang)]));
  for (let i = 0; i < articles.length; i++) {
    // Only the pairs of one language that share a shingle can share a passage.
    for (const j of finder.pairs.get(i) ?? []) {
      const a = articles[i]!;
      const b = articles[j]!;
      const [longest] = finder.shared(i, j);
      if (!longest) continue;
      out.push({
        kind: 'shared-passage',
        keys: [],
        files: [a.file, b.file],
        text: t.sharedPassage(formatList([nameOf(a.file), nameOf(b.file)], lang), languages.get(a.language)!, longest.words),
        evidence: [at(a.file, longest.a), at(b.file, longest.b)],
      });
    }
  }
  return out;
}

/** All observations, figures first, then roles, facts only one article states, and shared passages. */
export function buildObservations(ctx: ObservationContext): Observation[] {
  const files = ctx.matrix.articles.map((a) => a.file);
  return [...figureObservations(ctx, files), ...roleObservations(ctx, files), ...singleNameObservations(ctx, files), ...passageObservations(ctx)];
}
