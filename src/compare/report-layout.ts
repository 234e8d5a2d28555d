/**
 * The rest of a comparison as lines of text for a given width: which article
 * is which, the observations with their evidence, and each article's report.
 * Evidence stays in the article's language, marked as a quote.
 */
import { sanitizeLine } from '../corpus/sanitize.js';
import { catalog } from '../i18n/catalog.js';
import { figureOf, rowLabel } from './labels.js';
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
  const lines = wrap(t.observationsHeading, width);
  if (view.observations.length === 0) return [...lines, ...wrap(t.noObservations, width)];
  view.observations.forEach((o, i) => {
    const num = `${i + 1}. `;
    const pad = ' '.repeat(num.length);
    lines.push(...wrap(num + o.text, width, pad));
    for (const e of o.evidence) lines.push(...wrap(`${pad}${view.names[e.file] ?? e.file}${t.colon}${t.quote(sanitizeLine(e.text))}`, width, pad + '   '));
  });
  return lines;
}

/** For each article: whom it cites or names, what it leaves out, and its figures without attribution. */
export function layoutReports(view: CompareView, width: number): string[] {
  const { lang, matrix } = view;
  const c = catalog(lang);
  const t = c.compare;
  const labels = new Map(matrix.rows.map((r) => [r.key, rowLabel(r, matrix, lang)]));
  const lines = wrap(t.articlesHeading, width);
  for (const report of view.reports) {
    const { article } = report;
    lines.push('', truncate(`${view.names[article.file] ?? ''}  ${article.file}`, width));

    lines.push(...wrap(`  ${t.citesHeading}${t.colon.trimEnd()}`, width, '  '));
    if (report.citations.length === 0) lines.push(...wrap(`    ${t.none}`, width));
    for (const cite of report.citations) {
      const marks = cite.kind === 'source' ? [t.sourceMark] : cite.roles.map((r) => c.common.roles[r]);
      const about = cite.about.length ? ` — ${t.sameSentence(cite.about.map((f) => t.figures[f]).join(', '))}` : '';
      lines.push(...wrap(`    ${cite.name}${marks.length ? ` (${marks.join(', ')})` : ''}${about}`, width, '      '));
    }

    lines.push(...wrap(`  ${t.omitsHeading}${t.colon.trimEnd()}`, width, '  '));
    lines.push(...wrap(`    ${report.omits.length ? report.omits.map((k) => labels.get(k) ?? k).join(', ') : t.none}`, width, '    '));

    lines.push(...wrap(`  ${t.unattributedHeading}${t.colon.trimEnd()}`, width, '  '));
    if (report.unattributed.length === 0) lines.push(...wrap(`    ${t.none}`, width));
    for (const fact of report.unattributed) {
      const value = formatValue(fact, lang, 'full');
      lines.push(...wrap(`    ${t.figures[figureOf(fact)!]}${t.colon}${value} — ${t.quote(sanitizeLine(fact.evidence.text))}`, width, '      '));
    }
  }
  return lines;
}
