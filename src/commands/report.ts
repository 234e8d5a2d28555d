/** `eternaut-quiz report`: a class report from many results files (or folders of them). */
import fs from 'node:fs';
import path from 'node:path';
import { safeJson, sanitizeJson, sanitizeLine } from '../corpus/sanitize.js';
import { resolveLang } from '../i18n/locale.js';
import { renderReport } from '../quiz/render.js';
import { classReport } from '../quiz/report.js';
import { readResults, type Results } from '../quiz/results.js';
import { EXIT, UserError, type Io } from '../util/io.js';

export interface ReportOptions {
  lang?: string;
  json?: boolean;
}

/** The files named, with the .json files of folders named (sorted). */
function resultsFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (!fs.existsSync(p) || !fs.statSync(p).isDirectory()) return [p];
    return fs
      .readdirSync(p)
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .sort()
      .map((n) => path.join(p, n));
  });
}

export function runReport(paths: string[], options: ReportOptions, io: Io): number {
  const lang = resolveLang(options.lang, io.env);
  if (paths.length === 0) throw new UserError('report needs one or more results files (or folders of them)', EXIT.usage);
  const files = resultsFiles(paths);
  const all: Results[] = [];
  let skipped = 0;
  for (const file of files) {
    try {
      // Names and question text reach the terminal: no escape sequence may pass.
      all.push(sanitizeJson(readResults(file)));
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      io.stderr.write(`eternaut-quiz: ${err.message}\n`);
      skipped++;
    }
  }
  if (all.length === 0) throw new UserError(files.length ? 'no valid results file' : `no results file in ${paths.map(sanitizeLine).join(', ')}`, EXIT.badFile);
  const report = classReport(all);
  io.stdout.write(options.json ? safeJson(report) + '\n' : renderReport(report, lang));
  return skipped ? EXIT.someSkipped : EXIT.ok;
}
