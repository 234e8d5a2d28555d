/** The questions, export, grade and report commands, in-process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { runGrade } from '../../src/commands/grade.js';
import { runQuestions } from '../../src/commands/questions.js';
import { runReport } from '../../src/commands/report.js';
import { bankProblems, writeBank } from '../../src/quiz/bank.js';
import type { Grade } from '../../src/quiz/grade.js';
import { readResults } from '../../src/quiz/results.js';
import type { Bank } from '../../src/quiz/types.js';
import { EXIT } from '../../src/util/io.js';
import { captureIo } from '../commands/io.js';
import { storyBank } from './fixtures.js';
import { userErrorOf } from '../helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-quiz-cmd-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content?: string) => {
  const f = path.join(tmp, name);
  if (content !== undefined) fs.writeFileSync(f, content);
  return f;
};

const bank = storyBank('en', 8);
const bankFile = file('bank.json');
writeBank(bankFile, bank);

// Extraction runs on real files here and may take a few seconds.
describe('questions', { timeout: 60_000 }, () => {
  const articles = [
    file(
      'harbour-en.txt',
      'The port of Larvik said on Monday that its new cranes unload ships three times faster than the old ones. ' +
        'According to Reuters, the port authority reported revenue of $480 million last year, up 9% from the year before. ' +
        'Harbour master Ingrid Dahl said the cranes would not have been affordable within the budget without a state grant.',
    ),
    file(
      'harbour-de.txt',
      'Der Hafen von Larvik entlädt Schiffe mit seinen neuen Kränen dreimal schneller als zuvor. ' +
        'Wie die Nachrichtenagentur dpa berichtet, erzielte die Hafenbehörde im vergangenen Jahr einen Umsatz von 480 Millionen Dollar. ' +
        'Die Kräne hätten ohne staatliche Hilfe nicht ins Budget gepasst, sagte Hafenmeisterin Ingrid Dahl.',
    ),
  ];

  it('prints a valid bank with --json, the same for the same seed', () => {
    const io = captureIo();
    expect(runQuestions(articles, { json: true, lang: 'de', seed: '12', count: '6' }, io)).toBe(0);
    const printed = JSON.parse(io.out()) as Bank;
    expect(bankProblems(printed)).toEqual([]);
    expect(printed).toMatchObject({ language: 'de', seed: 12 });
    // Both articles say three times faster: whatever else extraction finds, there are speed-up questions.
    expect(printed.questions.length).toBeGreaterThan(0);
    expect(printed.questions.length).toBeLessThanOrEqual(6);
    expect(printed.questions.filter((q) => q.category === 'speed').map((q) => q.options[q.answer])).toContain('3-mal');
    const again = captureIo();
    runQuestions(articles, { json: true, lang: 'de', seed: 12, count: 6 }, again);
    expect(again.out()).toBe(io.out());
  });

  it('refuses a seed or count that is not a whole number in range', () => {
    expect(userErrorOf(() => runQuestions([], { seed: '-1' }, captureIo())).message).toBe('--seed must be a whole number from 0 to 4294967295, not "-1"');
    expect(userErrorOf(() => runQuestions([], { seed: '1.5' }, captureIo())).exitCode).toBe(EXIT.usage);
    expect(userErrorOf(() => runQuestions([], { count: '0' }, captureIo())).message).toBe('--count must be a whole number from 1 to 10000, not "0"');
    expect(userErrorOf(() => runQuestions([], { lang: 'da' }, captureIo())).message).toMatch(/unsupported language "da"/);
  });

  it('says so on stderr when the articles give no question', () => {
    const io = captureIo();
    const plain = file('plain.txt', 'The weather was mild on Tuesday, and many people went for a walk in the park near the river before the evening rain came.');
    expect(runQuestions([plain], { lang: 'en' }, io)).toBe(0);
    expect(io.err()).toMatch(/no question could be built/);
  });
});

describe('export', () => {
  it('writes a bank file as GIFT to -o', () => {
    const io = captureIo();
    const out = file('quiz.gift');
    expect(runExport([], { format: 'gift', bank: bankFile, output: out }, io)).toBe(0);
    expect(parseGift(fs.readFileSync(out, 'utf8')).filter((q) => q.type === 'MC')).toHaveLength(bank.questions.length);
    expect(io.err()).toBe(`eternaut-quiz: ${bank.questions.length} questions written to ${out} (gift)\n`);
  });

  it('writes to standard output, bytes for QTI unless that is a terminal', () => {
    const io = captureIo();
    let bytes: Uint8Array | undefined;
    io.stdout.write = (s: string | Uint8Array) => (bytes = typeof s === 'string' ? undefined : s);
    runExport([], { format: 'qti', bank: bankFile }, io);
    expect(Buffer.from(bytes!).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const tty = captureIo();
    tty.stdout.isTTY = true;
    expect(userErrorOf(() => runExport([], { format: 'qti', bank: bankFile }, tty)).message).toMatch(/ZIP archive; write it to a file with -o FILE\.zip/);
  });

  it('refuses a missing or unknown format, and options that do not apply to a bank', () => {
    expect(userErrorOf(() => runExport([], {}, captureIo())).message).toBe('missing --format; formats: gift, moodle-xml, qti, anki, csv, markdown');
    expect(userErrorOf(() => runExport([], { format: 'docx' }, captureIo())).message).toMatch(/^unknown format "docx"/);
    expect(userErrorOf(() => runExport([], { format: 'csv', bank: bankFile, lang: 'fr' }, captureIo())).message).toMatch(/--bank takes the questions from the bank/);
  });

  it('names a bad bank file and exits 5', () => {
    const bad = file('bad-bank.json', '{"language": "en", "seed": 1, "questions": []}');
    const err = userErrorOf(() => runExport([], { format: 'csv', bank: bad }, captureIo()));
    expect(err.message).toBe(`${bad}: not a valid question bank: questions: must NOT have fewer than 1 items`);
    expect(err.exitCode).toBe(EXIT.badFile);
  });
});

describe('grade and report', () => {
  const [q1, q2, q3] = bank.questions;
  const answers = file('answers.json', JSON.stringify({ name: 'Ana', answers: { [q1!.id]: q1!.answer, [q2!.id]: 'ABCD'[(q2!.answer + 1) % 4], [q3!.id]: q3!.answer } }));

  it('grades an answers file against a bank (text and --json)', () => {
    const io = captureIo();
    expect(runGrade({ bank: bankFile, answers }, io)).toBe(0);
    expect(io.out()).toContain(`Score: 2 of ${bank.questions.length} correct`);
    expect(io.out()).toContain('Wrong answers:');
    const json = captureIo();
    runGrade({ bank: bankFile, answers, json: true }, json);
    const g = JSON.parse(json.out()) as Grade;
    expect(g.overall).toEqual({ correct: 2, total: bank.questions.length });
    expect(g.wrong[0]).toMatchObject({ id: q2!.id, correctOption: q2!.options[q2!.answer] });
  });

  it('saves a results file, which the class report reads', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'results-'));
    runGrade({ bank: bankFile, answers, save: dir }, captureIo(), () => new Date('2025-07-18T09:00:00Z'));
    runGrade({ bank: bankFile, answers, save: path.join(dir, 'ben.json'), name: 'Ben' }, captureIo(), () => new Date('2025-07-18T09:05:00Z'));
    expect(fs.readdirSync(dir).sort()).toEqual(['ben.json', 'results-2025-07-18T09-00-00-ana.json']);
    expect(readResults(path.join(dir, 'ben.json')).name).toBe('Ben');
    const io = captureIo();
    expect(runReport([dir], { lang: 'en' }, io)).toBe(0);
    expect(io.out()).toContain('Class report: 2 results');
    expect(io.out()).toContain(`missed by 2 of 2`);
    // A bad file among good ones is named on stderr and skipped (exit 4).
    file('broken.json', '{');
    const mixed = captureIo();
    expect(runReport([dir, file('broken.json')], { json: true }, mixed)).toBe(EXIT.someSkipped);
    expect(mixed.err()).toMatch(/broken\.json: not valid JSON/);
    expect(JSON.parse(mixed.out())).toMatchObject({ results: 2 });
  });

  it('needs its files, and names a bad one', () => {
    expect(userErrorOf(() => runGrade({ bank: bankFile }, captureIo())).message).toBe('grade needs --bank FILE and --answers FILE');
    expect(userErrorOf(() => runReport([], {}, captureIo())).message).toMatch(/report needs one or more results files/);
    const err = userErrorOf(() => runReport([file('only-bad.json', '[]')], {}, captureIo()));
    expect(err.exitCode).toBe(EXIT.badFile);
  });
});
