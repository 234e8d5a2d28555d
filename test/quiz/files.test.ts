/** Banks, answers and results files on disk: round trips, and one clear line naming the file for every problem. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/quiz/answers.js';
import { bankProblems, readBank, writeBank } from '../../src/quiz/bank.js';
import { buildResults, readResults, resultsFileName, writeResults } from '../../src/quiz/results.js';
import { EXIT } from '../../src/util/io.js';
import { storyBank } from './fixtures.js';
import { userErrorOf } from '../helpers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-quiz-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

const bank = storyBank('nl', 4);

describe('banks', () => {
  it('round-trips through writeBank and readBank', () => {
    const file = path.join(tmp, 'nl.json');
    writeBank(file, bank);
    expect(readBank(file)).toEqual(bank);
    expect(fs.readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file and the problem for a missing, empty or broken file', () => {
    expect(userErrorOf(() => readBank(path.join(tmp, 'missing.json'))).message).toMatch(/missing\.json: no such file$/);
    expect(userErrorOf(() => readBank(write('empty.json', ' \n'))).message).toMatch(/empty\.json: empty, not a question bank$/);
    const broken = userErrorOf(() => readBank(write('broken.json', '{\n  "language": "en",\n  "seed": 1,,\n}')));
    expect(broken.message).toMatch(/broken\.json: not valid JSON \(line 3, column \d+\); expected a question bank$/);
    expect(broken.exitCode).toBe(EXIT.badFile);
  });

  it('says which question breaks which rule of the schema', () => {
    const bad = structuredClone(bank) as unknown as { questions: Array<Record<string, unknown>>; language: string };
    bad.questions[2]!.options = ['one', 'two', 'three'];
    bad.questions[4]!.answer = 4;
    delete bad.questions[5]!.explanation;
    bad.questions[6]!.colour = 'red';
    bad.language = 'da';
    const id = (i: number) => String(bad.questions[i]!.id);
    const problems = bankProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        'language: must be one of "en", "de", "nl", "nb", "es", "fr"',
        `question 3 (${id(2)}), options: must NOT have fewer than 4 items`,
        `question 5 (${id(4)}), answer: must be <= 3`,
        `question 6 (${id(5)}): missing field "explanation"`,
        `question 7 (${id(6)}): unknown field "colour"`,
      ]),
    );
    const file = write('bad.json', JSON.stringify(bad));
    expect(userErrorOf(() => readBank(file)).message).toMatch(/bad\.json: not a valid question bank: .*question 3 \(/);
  });

  it('refuses twice the same id and options that read the same', () => {
    const twice = structuredClone(bank);
    twice.questions[1]!.id = twice.questions[0]!.id;
    twice.questions[3]!.options[2] = ` ${twice.questions[3]!.options[1].toUpperCase()}`;
    expect(bankProblems(twice)).toEqual([
      `question 2: the id "${bank.questions[0]!.id}" is used twice`,
      `question 4 (${bank.questions[3]!.id}): two options read the same`,
    ]);
  });
});

describe('answers files', () => {
  const [a, b, c] = bank.questions;

  it('reads letters, indexes and null', () => {
    const file = write('answers.json', JSON.stringify({ name: 'Ana', answers: { [a!.id]: 'b', [b!.id]: 3, [c!.id]: null } }));
    expect(readAnswers(file, bank)).toEqual({ name: 'Ana', answers: { [a!.id]: 1, [b!.id]: 3, [c!.id]: null } });
  });

  it('names the question whose answer is not an option, and ids the bank does not have', () => {
    const wrong = write('wrong.json', JSON.stringify({ answers: { [a!.id]: 'E' } }));
    expect(userErrorOf(() => readAnswers(wrong, bank)).message).toBe(`${wrong}: not a valid answers file: the answer to "${a!.id}" must be A, B, C, D, 0–3 or null`);
    const unknown = write('unknown.json', JSON.stringify({ answers: { 'speed-00000000': 1 } }));
    expect(userErrorOf(() => readAnswers(unknown, bank)).message).toBe(`${unknown}: answers questions the bank does not have: speed-00000000`);
    const flat = write('flat.json', JSON.stringify([1, 2, 3]));
    expect(userErrorOf(() => readAnswers(flat, bank)).message).toMatch(/flat\.json: not a valid answers file: must be object$/);
  });
});

describe('results files', () => {
  const [a, b] = bank.questions;
  const answers = { [a!.id]: a!.answer, [b!.id]: (b!.answer + 1) % 4 };
  const results = buildResults(bank.questions, answers, { name: ' Zoë ', time: new Date('2025-07-18T14:22:03.456Z'), language: 'nl', seed: 4, ms: { [a!.id]: 5300 } });

  it('holds the name, time, language, seed and per question the chosen and correct option and time taken', () => {
    expect(results).toMatchObject({ format: 'eternaut-quiz-results', version: 1, name: 'Zoë', time: '2025-07-18T14:22:03.456Z', language: 'nl', seed: 4 });
    expect(results.score).toEqual({ correct: 1, total: bank.questions.length });
    expect(results.questions[0]).toMatchObject({ id: a!.id, chosen: a!.answer, answer: a!.answer, correct: true, ms: 5300 });
    expect(results.questions[1]).toMatchObject({ id: b!.id, chosen: (b!.answer + 1) % 4, correct: false, ms: null });
    expect(results.questions[2]).toMatchObject({ chosen: null, correct: false });
    expect(resultsFileName(results)).toBe('results-2025-07-18T14-22-03-zoe.json');
    expect(resultsFileName({ time: results.time })).toBe('results-2025-07-18T14-22-03.json');
  });

  it('is written atomically and read back', () => {
    const file = path.join(tmp, resultsFileName(results));
    writeResults(file, results);
    expect(readResults(file)).toEqual(results);
  });

  it('refuses a results file whose score does not add up, naming the file', () => {
    const forged = write('forged.json', JSON.stringify({ ...results, score: { correct: 9, total: results.score.total } }));
    expect(userErrorOf(() => readResults(forged)).message).toBe(`${forged}: not a valid results file: the score 9/${results.score.total} does not match the questions (1/${results.score.total})`);
    const lying = structuredClone(results);
    lying.questions[1]!.correct = true;
    const file = write('lying.json', JSON.stringify(lying));
    expect(userErrorOf(() => readResults(file)).message).toMatch(/lying\.json: not a valid results file: question 2: "correct" does not match/);
    const other = write('other.json', JSON.stringify(bank));
    expect(userErrorOf(() => readResults(other)).message).toMatch(/other\.json: not a valid results file: missing field "format"/);
  });

  it('cannot be written into a missing folder, and says so', () => {
    expect(userErrorOf(() => writeResults(path.join(tmp, 'no', 'such', 'r.json'), results)).message).toMatch(/r\.json: cannot be written \(ENOENT\)$/);
  });
});
