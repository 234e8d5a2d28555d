import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '../../src/export/csv.js';
import { LETTERS } from '../../src/quiz/types.js';
import { sampleBank } from './sample.js';

describe('CSV', () => {
  const bank = sampleBank('es');
  const csv = toCsv(bank);

  it('follows RFC 4180: CRLF line ends, a header, quoted fields with doubled quotes', () => {
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('round-trips through a CSV parser', () => {
    const rows = parse(csv, { columns: true, relax_quotes: false }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(bank.questions.length);
    rows.forEach((row, i) => {
      const q = bank.questions[i]!;
      expect(row).toEqual({
        id: q.id,
        category: q.category,
        stem: q.stem,
        option_a: q.options[0],
        option_b: q.options[1],
        option_c: q.options[2],
        option_d: q.options[3],
        answer: LETTERS[q.answer],
        explanation: q.explanation,
        evidence: q.evidence.map((e) => `${e.file}: ${e.text}`).join('\n'),
        articles: q.articles.join('\n'),
      });
    });
  });
});
