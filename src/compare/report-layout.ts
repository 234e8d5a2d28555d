/**
 * The rest of a comparison as lines of text for a given width: which article
 * is which, the observations with their evidence, and each article's report.
 * Evidence stays in the article's language, marked as a quote.
 */
import { sanitizeLine } from '../corpus/sanitize.js';
import { catalog } from '../i18n/catalog.js';
import { displayOrder, figureOf, ROW_GROUPS, rowGroup, rowName } from './labels.js';
import { formatValue } from './format-value.js';
import { displayWidth, truncate, wrap } from './text-width.js';
import type { CompareView } from './view.js';

/** One line per article: short name, file, language and title. */
export function layoutLegend(view: CompareView, width: number): string[] {
  const nameW = Math.max(...view.matrix.articles.map((a) => displayWidth(view.names[a.file] ?? '')));
  return view.matrix.articles.map((a) =>
    truncate(`${(view.names[a.file] ?? '').padEnd(nameW)}  ${a.file}  ${a.language}  ${sanitizeLine(a.title)}`, width),
  );
}

/** The observations, numbered, each followed by its evidence quotes. */
export function layoutObservations(view: CompareView, width: number): string[] {
  const t = catalog(view.lang).compare;
  const { colon } = catalog(view.lang).common;
  const lines = wrap(t.observationsHeading, width);
  if (view.observations.length === 0) return [...lines, ...wrap(t.noObservations, width)];
  view.observations.forEach((o, i) => {
    const num = `${i + 1}. `;
    const pad = ' '.repeat(num.length);
    lines.push(...wrap(num + o.text, width, pad));
    for (const e of o.evidence) lines.push(...wrap(`${pad}${view.names[e.file] ?? e.file}${colon}${t.quote(sanitizeLine(e.text))}`, width, pad + '   '));
  });
  return lines;
}

/** For each article: whom it cites or names, what it leaves out, and its figures without attribution. */
export function layoutReports(view: CompareView, width: number): string[] {
  const { lang, matrix } = view;
  const c = catalog(lang);
  const t = c.compare;
  const { colon } = c.common;
  const rows = new Map(matrix.rows.map((r) => [r.key, r]));
  const order = displayOrder(matrix, lang);
  const lines = wrap(t.articlesHeading, width);
  for (const report of view.reports) {
    const { article } = report;
    lines.push('', truncate(`${view.names[article.file] ?? ''}  ${article.file}`, width));

    lines.push(...wrap(`  ${t.citesHeading}${colon.trimEnd()}`, width, '  '));
    if (report.citations.length === 0) lines.push(...wrap(`    ${t.none}`, width));
    for (const cite of report.citations) {
      const marks = cite.kind === 'source' ? [t.sourceMark] : cite.roles.map((r) => c.common.roles[r]);
      const about = cite.about.length ? ` — ${t.sameSentence(cite.about.map((f) => t.figures[f]).join(', '))}` : '';
      lines.push(...wrap(`    ${cite.name}${marks.length ? ` (${marks.join(', ')})` : ''}${about}`, width, '      '));
    }

    lines.push(...wrap(`  ${t.omitsHeading}${colon.trimEnd()}`, width, '  '));
    if (report.omits.length === 0) lines.push(...wrap(`    ${t.none}`, width));
    for (const group of ROW_GROUPS) {
      const names = report.omits
        .map((k) => rows.get(k)!)
        .filter((r) => rowGroup(r.kind) === group)
        .sort(order)
        .map((r) => rowName(r, matrix, lang));
      if (names.length) lines.push(...wrap(`    ${t.groups[group]}${colon}${names.join(', ')}`, width, '      '));
    }

    lines.push(...wrap(`  ${t.unattributedHeading}${colon.trimEnd()}`, width, '  '));
    if (report.unattributed.length === 0) lines.push(...wrap(`    ${t.none}`, width));
    // The same figure quoted in the same words twice is listed once, with a count.
    const counts = new Map<string, number>();
    for (const fact of report.unattributed) {
      const text = `${t.figures[figureOf(fact)!]}${colon}${formatValue(fact, lang)} — ${t.quote(sanitizeLine(fact.evidence.text))}`;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const [text, n] of counts) lines.push(...wrap(`    ${text}${n > 1 ? ` (${n}×)` : ''}`, width, '      '));
  }
  return lines;
}
