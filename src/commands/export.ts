/** `eternaut-quiz export`: the questions in a format a learning platform imports. */
import fs from 'node:fs';
import path from 'node:path';
import { sanitizeLine } from '../corpus/sanitize.js';
import { EXPORT_FORMATS, exportBank, isExportFormat } from '../export/index.js';
import { catalog } from '../i18n/catalog.js';
import { readBank } from '../quiz/bank.js';
import type { Bank } from '../quiz/types.js';
import { EXIT, UserError, type Io } from '../util/io.js';
import { bankFromInputs, type QuestionsOptions } from './questions.js';

export interface ExportOptions extends Omit<QuestionsOptions, 'json'> {
  format?: string;
  /** Export this bank file instead of generating questions. */
  bank?: string;
  /** Write here instead of to standard output. */
  output?: string;
}

function chooseBank(paths: string[], options: ExportOptions, io: Io): { bank: Bank; exitCode: number } {
  if (options.bank === undefined) return bankFromInputs(paths, options, io);
  if (paths.length || options.lang !== undefined || options.seed !== undefined || options.count !== undefined) {
    throw new UserError('--bank takes the questions from the bank: article files, --lang, --seed and --count do not apply', EXIT.usage);
  }
  return { bank: readBank(options.bank), exitCode: EXIT.ok };
}

export function runExport(paths: string[], options: ExportOptions, io: Io): number {
  const format = options.format;
  if (format === undefined || !isExportFormat(format)) {
    throw new UserError(`${format === undefined ? 'missing --format' : `unknown format "${format}"`}; formats: ${EXPORT_FORMATS.join(', ')}`, EXIT.usage);
  }
  if (format === 'qti' && options.output === undefined && io.stdout.isTTY) {
    throw new UserError('the QTI export is a ZIP archive; write it to a file with -o FILE.zip', EXIT.usage);
  }
  const { bank, exitCode } = chooseBank(paths, options, io);
  if (bank.questions.length === 0) throw new UserError(catalog(bank.language).problems.noQuestions, EXIT.noArticles);
  const data = exportBank(bank, format);
  if (options.output === undefined) {
    io.stdout.write(typeof data === 'string' ? data : Buffer.from(data));
    return exitCode;
  }
  const target = path.resolve(options.output);
  try {
    fs.writeFileSync(target, data);
  } catch (err) {
    throw new UserError(`${sanitizeLine(options.output)}: cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, EXIT.badFile);
  }
  io.stderr.write(`eternaut-quiz: ${bank.questions.length} questions written to ${sanitizeLine(options.output)} (${format})\n`);
  return exitCode;
}
