/** `eternaut-quiz compare`: what each article reports and where the articles differ. */
import { safeJson } from '../corpus/sanitize.js';
import { compareArticles, compareJson, layoutLegend, layoutMatrix, layoutObservations, layoutReports } from '../compare/index.js';
import { extractAll } from '../extract/index.js';
import { catalog } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/locale.js';
import type { Io } from '../util/io.js';
import { loadInputs } from './load-inputs.js';

export interface CompareCommandOptions {
  lang?: string;
  json?: boolean;
}

/** Lines are laid out for the terminal's width, or 80 columns when the output is not a terminal. */
const DEFAULT_WIDTH = 80;

export function runCompare(paths: string[], options: CompareCommandOptions, io: Io): number {
  const lang = resolveLang(options.lang, io.env);
  const { articles, exitCode } = loadInputs(paths, io, lang);
  // The matrix has one column per file: a file named twice is compared once.
  const unique = articles.filter((a, i) => articles.findIndex((b) => b.file === a.file) === i);
  const all = extractAll(unique);
  if (options.json) {
    io.stdout.write(safeJson(compareJson(compareArticles(all, lang, { naming: 'file' }))) + '\n');
    return exitCode;
  }
  const view = compareArticles(all, lang);
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH;
  const t = catalog(lang).compare;
  const out: string[] = [t.heading(unique.length), ...layoutLegend(view, width), ''];
  const first = layoutMatrix(view, { width });
  for (let page = 0; page < first.pages; page++) out.push(...layoutMatrix(view, { width, page }).lines, '');
  out.push(t.legend, '', ...layoutObservations(view, width), '', ...layoutReports(view, width));
  io.stdout.write(out.join('\n') + '\n');
  return exitCode;
}
