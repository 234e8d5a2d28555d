/**
 * The quiz's files checked against their schemas: each problem says which file,
 * where in the document (question number and id, field) and what is wrong;
 * results files are written atomically and never over another file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/quiz/answers.js';
import { readBank } from '../../src/quiz/bank.js';
import { buildResults, readResults, writeResults, writeResultsIn } from '../../src/quiz/results.js';
import { EXIT } from '../../src/util/io.js';
import { storyBank } from './fixtures.js';
import { userErrorOf } from '../helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-schemas-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, value: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};

const bank = storyBank('fr', 3);
const [q1, q2, q3] = bank.questions;
const results = buildResults(bank.questions, { [q1!.id]: q1!.answer, [q2!.id]: (q2!.answer + 1) % 4 }, { time: new Date('2026-01-05T10:00:00Z'), language: 'fr', seed: 3, ms: { [q1!.id]: 1200 } });

describe('a question bank against its schema', () => {
  it('names the question by number and id, the field, and what is wrong', () => {
    const bad = structuredClone(bank) as unknown as { seed: unknown; questions: Array<Record<string, unknown>> };
    bad.seed = 'seven';
    bad.questions[1]!.category = 'weather';
    bad.questions[2]!.stem = 42;
    const err = userErrorOf(() => readBank(write('bank.json', bad)));
    expect(err.exitCode).toBe(EXIT.badFile);
    expect(err.message.startsWith(`${path.join(tmp, 'bank.json')}: not a valid question bank: `)).toBe(true);
    const problems = err.message.slice(err.message.indexOf('bank: ') + 6).split('; ');
    expect(problems).toEqual(
      expect.arrayContaining([
        'seed: must be integer',
        expect.stringMatching(new RegExp(`^question 2 \\(${q2!.id}\\), category: must be one of "`)),
        `question 3 (${q3!.id}), stem: must be string`,
      ]),
    );
  });
});

describe('an answers file against its schema', () => {
  it('names the answer and the field, and what is wrong', () => {
    const file = write('answers.json', { name: 7, answers: { [q1!.id]: 'E' }, extra: true });
    const problems = userErrorOf(() => readAnswers(file, bank)).message;
    expect(problems).toBe(`${file}: not a valid answers file: unknown field "extra"; name: must be string; the answer to "${q1!.id}" must be A, B, C, D, 0–3 or null`);
    expect(userErrorOf(() => readAnswers(write('no-answers.json', { name: 'Léa' }), bank)).message).toMatch(/no-answers\.json: not a valid answers file: missing field "answers"$/);
  });
});

describe('a results file against its schema', () => {
  it('names the question and the field, and what is wrong', () => {
    const bad = structuredClone(results) as unknown as { time: string; language: string; questions: Array<Record<string, unknown>> };
    bad.time = 'yesterday';
    bad.language = 'it';
    bad.questions[0]!.chosen = 'B';
    bad.questions[2]!.ms = -5;
    const file = write('results.json', bad);
    const message = userErrorOf(() => readResults(file)).message;
    expect(message.startsWith(`${file}: not a valid results file: `)).toBe(true);
    expect(message.slice(message.indexOf('file: ') + 6).split('; ')).toEqual(
      expect.arrayContaining(['time: must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$"', 'language: must be one of "en", "de", "nl", "nb", "es", "fr"', 'question 1, chosen: must be integer', 'question 3, ms: must be >= 0']),
    );
    expect(userErrorOf(() => readResults(write('version.json', { ...results, version: 2 }))).message).toMatch(/version\.json: not a valid results file: version: must be 1$/);
  });
});

describe('writing results files', () => {
  it('refuses to replace an existing file, which stays as it was', () => {
    const file = write('taken.json', '{"keep": "me"}');
    expect(userErrorOf(() => writeResults(file, results)).message).toBe(`${file}: already exists (never overwritten)`);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"keep": "me"}');
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('puts each results file of a folder under a free name', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'class-'));
    const names = [1, 2, 3].map(() => path.basename(writeResultsIn(dir, results)));
    expect(names).toEqual(['results-2026-01-05T10-00-00.json', 'results-2026-01-05T10-00-00-2.json', 'results-2026-01-05T10-00-00-3.json']);
    for (const name of names) expect(readResults(path.join(dir, name))).toEqual(results);
  });

  it('says why a folder cannot take the file', () => {
    expect(userErrorOf(() => writeResultsIn(path.join(tmp, 'missing'), results)).message).toBe(`${path.join(tmp, 'missing', 'results-2026-01-05T10-00-00.json')}: cannot be written (ENOENT)`);
  });
});
