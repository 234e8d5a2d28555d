/** `eternaut-quiz questions`: the quiz questions built from the articles, for review or as a bank (--json). */
import { safeJson } from '../corpus/sanitize.js';
import { extractAll } from '../extract/index.js';
import { catalog } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/locale.js';
import { DEFAULT_SEED, generateQuestions } from '../quiz/generate.js';
import { renderQuestions } from '../quiz/render.js';
import type { Bank } from '../quiz/types.js';
import { EXIT, UserError, type Io } from '../util/io.js';
import { loadInputs } from './load-inputs.js';

export interface QuestionsOptions {
  lang?: string;
  seed?: string | number;
  count?: string | number;
  json?: boolean;
}

const MAX_SEED = 0xffffffff;

function wholeNumber(value: string | number, flag: string, min: number, max: number): number {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${flag} must be a whole number from ${min} to ${max}, not "${value}"`, EXIT.usage);
  return n;
}

export function parseSeed(value: string | number | undefined): number {
  return value === undefined ? DEFAULT_SEED : wholeNumber(value, '--seed', 0, MAX_SEED);
}

export function parseCount(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumber(value, '--count', 1, 10000);
}

/** The bank of the articles named (the bundled corpus when none), with the exit code of loading them. */
export function bankFromInputs(paths: string[], options: QuestionsOptions, io: Io): { bank: Bank; exitCode: number } {
  const language = resolveLang(options.lang, io.env);
  const seed = parseSeed(options.seed);
  const count = parseCount(options.count);
  const { articles, exitCode } = loadInputs(paths, io, language);
  const questions = generateQuestions(extractAll(articles), language, count === undefined ? { seed } : { seed, count });
  return { bank: { language, seed, questions }, exitCode };
}

export function runQuestions(paths: string[], options: QuestionsOptions, io: Io): number {
  const { bank, exitCode } = bankFromInputs(paths, options, io);
  if (bank.questions.length === 0) io.stderr.write(`eternaut-quiz: ${catalog(bank.language).problems.noQuestions}\n`);
  io.stdout.write(options.json ? safeJson(bank) + '\n' : renderQuestions(bank.questions, bank.language, bank.seed));
  return exitCode;
}
