/** `eternaut-quiz summary`: each article summarized in the reader's language. */
import { safeJson } from '../corpus/sanitize.js';
import { extractAll } from '../extract/index.js';
import { resolveLang } from '../i18n/locale.js';
import { renderSummaryText, summarize, type Summary, type SummarySentence } from '../summarize/index.js';
import type { Io } from '../util/io.js';
import { loadInputs } from './load-inputs.js';

export interface SummaryOptions {
  lang?: string;
  json?: boolean;
}

/** Plain text is wrapped to the terminal, within these bounds; 80 columns when not a terminal. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
const DEFAULT_WIDTH = 80;

/** Evidence as its words; the same words stated in several places are given once. */
function sentenceToJson(s: SummarySentence) {
  return { text: s.text, evidence: [...new Set(s.evidence.map((e) => e.text))].map((text) => ({ text })) };
}

/** The JSON form: {file, language, summaryLanguage, lead, sentences: [{text, evidence: [{text}]}], quotes: [text]}. */
export function summaryToJson(s: Summary): Record<string, unknown> {
  return {
    file: s.file,
    language: s.language,
    summaryLanguage: s.summaryLanguage,
    lead: s.lead && sentenceToJson(s.lead),
    sentences: s.sentences.map(sentenceToJson),
    quotes: s.quotes.map((q) => q.text),
  };
}

export function runSummary(paths: string[], options: SummaryOptions, io: Io): number {
  // An unsupported --lang is a usage error before anything is read.
  const lang = resolveLang(options.lang, io.env);
  const { articles, exitCode } = loadInputs(paths, io, lang);
  const summaries = extractAll(articles).map((read) => summarize(read, lang));
  if (options.json) {
    io.stdout.write(safeJson(summaries.map(summaryToJson)) + '\n');
    return exitCode;
  }
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, columns));
  io.stdout.write(summaries.map((s) => renderSummaryText(s, lang, width)).join('\n\n\n') + '\n');
  return exitCode;
}
