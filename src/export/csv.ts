/**
 * CSV (RFC 4180): a header row, one row per question, CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break (quotes doubled).
 * `answer` is the letter of the correct option; `evidence` lists "file: text"
 * one per line.
 */
import { LETTERS, type Bank } from '../quiz/types.js';

export const CSV_COLUMNS = ['id', 'category', 'stem', 'option_a', 'option_b', 'option_c', 'option_d', 'answer', 'explanation', 'evidence', 'articles'] as const;

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(bank: Bank): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const q of bank.questions) {
    rows.push([
      q.id,
      q.category,
      q.stem,
      ...q.options,
      LETTERS[q.answer],
      q.explanation,
      q.evidence.map((e) => `${e.file}: ${e.text}`).join('\n'),
      q.articles.join('\n'),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
