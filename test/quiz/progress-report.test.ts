/**
 * The class report on a lesson's results folder: a corrupted results file is
 * named with its problem and the rest are reported; the quiz progress kept in
 * the same folder (progress/, files set aside) is not taken for results.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { lessonId, progressFile, PROGRESS_FORMAT, writeProgress } from '../../src/quiz/progress.js';
import { buildResults, writeResultsIn } from '../../src/quiz/results.js';
import { EXIT } from '../../src/util/io.js';
import { captureIo } from '../commands/io.js';
import { article } from '../helpers.js';
import { storyBank } from './fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-progress-report-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('report on a results folder', () => {
  it('names each corrupted results file with its problem, reports the others, and leaves the progress files alone', () => {
    const bank = storyBank('es', 2, 4);
    expect(bank.questions).toHaveLength(4);
    const [q1, q2] = bank.questions;
    const time = new Date('2026-02-10T09:30:00Z');
    const good = [
      writeResultsIn(tmp, buildResults(bank.questions, { [q1!.id]: q1!.answer, [q2!.id]: q2!.answer }, { name: 'Lucía', time, language: 'es', seed: 2 })),
      writeResultsIn(tmp, buildResults(bank.questions, { [q1!.id]: (q1!.answer + 1) % 4 }, { name: 'Lucía', time, language: 'es', seed: 2 })),
    ];
    // Cut short, as a write without a rename could have left it; and one a hand edited.
    const cut = path.join(tmp, 'results-2026-02-10T09-31-00-pablo.json');
    fs.writeFileSync(cut, fs.readFileSync(good[0]!, 'utf8').slice(0, 200));
    const edited = path.join(tmp, 'results-2026-02-10T09-32-00-marta.json');
    fs.writeFileSync(edited, JSON.stringify({ ...JSON.parse(fs.readFileSync(good[1]!, 'utf8')), seed: -1 }));
    const lesson = lessonId([article('El museo recibió 20.000 visitantes en marzo.', 'es', 'museo')], { language: 'es', seed: 2, count: 12 });
    const progress = progressFile(tmp, lesson);
    writeProgress(progress, { format: PROGRESS_FORMAT, version: 1, lesson, questions: [q1!.id], answers: [] });
    fs.writeFileSync(`${progress}.corrupt-2026-02-10T09-00-00Z`, '{');

    const io = captureIo();
    expect(runReport([tmp], { lang: 'en', json: true }, io)).toBe(EXIT.someSkipped);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^eternaut-quiz: ${cut}: not valid JSON \\(line \\d+, column \\d+\\); expected a results file$`));
    expect(lines[1]).toBe(`eternaut-quiz: ${edited}: not a valid results file: seed: must be >= 0`);
    const report = JSON.parse(io.out()) as { results: number; average: number };
    expect(report.results).toBe(2);
    // Lucía's two quizzes: 2 of 4, then 0 of 4.
    expect(report.average).toBeCloseTo(0.25);
  });
});
