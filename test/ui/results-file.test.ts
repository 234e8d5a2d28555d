import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResults } from '../../src/quiz/results.js';
import { defaultResultsDir, saveRound } from '../../src/ui/results-file.js';
import { startRound } from '../../src/ui/state/round.js';
import type { Round } from '../../src/ui/state/types.js';
import { QUESTIONS } from './fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-results-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function answered(choices: number[]): Round {
  const round = startRound(QUESTIONS, 1, 1000);
  round.answers = choices.map((choice, i) => ({ questionId: QUESTIONS[i]!.id, choice, correct: choice === QUESTIONS[i]!.answer, at: 2000 + i, ms: 400 + i }));
  return round;
}

describe('saveRound', () => {
  it('writes a results file the grade and report commands accept, creating the folder', () => {
    const dir = path.join(tmp, 'class', '7b');
    const outcome = saveRound(answered([0, 0, 2, 1]), 'nl', { dir, seed: 5, name: 'Saskia de Vries' }, new Date('2025-07-18T14:22:03Z'));
    expect(outcome).toEqual({ ok: true, path: path.join(dir, 'results-2025-07-18T14-22-03-saskia-de-vries.json') });
    const results = readResults(outcome.ok ? outcome.path : '');
    expect(results).toMatchObject({ name: 'Saskia de Vries', language: 'nl', seed: 5, score: { correct: 2, total: 4 } });
    expect(results.questions.map((q) => [q.id, q.chosen, q.correct, q.ms])).toEqual([
      ['q1', 0, true, 400],
      ['q2', 0, false, 401],
      ['q3', 2, true, 402],
      ['q4', 1, false, 403],
    ]);
  });

  it('saves an unfinished quiz with the questions not reached as unanswered', () => {
    const outcome = saveRound(answered([0]), 'en', { dir: tmp, seed: 1 }, new Date('2025-07-18T15:00:00Z'));
    const results = readResults(outcome.ok ? outcome.path : '');
    expect(results.score).toEqual({ correct: 1, total: 4 });
    expect(results.questions.map((q) => q.chosen)).toEqual([0, null, null, null]);
  });

  it('keeps both quizzes that end in the same second under the same name, and overwrites nothing', () => {
    const dir = path.join(tmp, 'same-second');
    const at = new Date('2025-07-18T16:00:00.100Z');
    const first = saveRound(answered([0, 1]), 'de', { dir, seed: 3, name: 'Jonas' }, at);
    const second = saveRound(answered([2]), 'de', { dir, seed: 3, name: 'Jonas' }, new Date('2025-07-18T16:00:00.900Z'));
    const third = saveRound(answered([]), 'de', { dir, seed: 3, name: 'Jonas' }, at);
    expect([first, second, third].map((o) => (o.ok ? path.basename(o.path) : o.error))).toEqual([
      'results-2025-07-18T16-00-00-jonas.json',
      'results-2025-07-18T16-00-00-jonas-2.json',
      'results-2025-07-18T16-00-00-jonas-3.json',
    ]);
    const chosen = (o: typeof first) => readResults(o.ok ? o.path : '').questions.map((q) => q.chosen);
    expect([chosen(first), chosen(second), chosen(third)]).toEqual([
      [0, 1, null, null],
      [2, null, null, null],
      [null, null, null, null],
    ]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a folder it cannot write to instead of throwing', () => {
    const file = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(file, '');
    const outcome = saveRound(answered([1]), 'en', { dir: file, seed: 1 }, new Date());
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toMatch(/EEXIST|ENOTDIR/);
  });

  it('defaults to the XDG data folder', () => {
    expect(defaultResultsDir({ XDG_DATA_HOME: '/data' })).toBe(path.join('/data', 'eternaut-quiz', 'results'));
    expect(defaultResultsDir({ XDG_DATA_HOME: 'relative' })).toBe(path.join(os.homedir(), '.local', 'share', 'eternaut-quiz', 'results'));
  });
});
