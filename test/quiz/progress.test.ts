/** The quiz progress file: round trip, atomic writes (even through a crash), files that cannot be trusted set aside, never lost. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findProgress,
  lessonId,
  PROGRESS_FORMAT,
  progressFile,
  readProgress,
  removeProgress,
  setAside,
  writeProgress,
  type LessonId,
  type Progress,
} from '../../src/quiz/progress.js';
import { UserError } from '../../src/util/io.js';
import { article } from '../helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-progress-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => path.join(tmp, `results-${++folders}`);

const ARTICLES = [
  article('Die Stadtwerke investieren 40 Millionen Euro in neue Wärmepumpen, teilte der Vorstand am Montag mit.', 'de', 'stadtwerke'),
  article('El ayuntamiento aprobó un presupuesto de 12 millones de euros para el nuevo puente.', 'es', 'puente'),
];
const lesson = lessonId(ARTICLES, { language: 'nb', seed: 7, count: 12, name: ' Ingrid ' });
const QUESTION_IDS = ['money-1', 'budget-2', 'source-3', 'people-4'];
const NOW = new Date('2026-03-02T08:15:30.250Z');

function progress(answers: Progress['answers'], of: LessonId = lesson): Progress {
  return { format: PROGRESS_FORMAT, version: 1, lesson: of, questions: QUESTION_IDS, answers };
}
const TWO_ANSWERS: Progress['answers'] = [
  { id: 'money-1', choice: 2, ms: 4100, at: 1_772_000_000_000 },
  { id: 'budget-2', choice: 0, ms: 2500.5, at: 1_772_000_004_000 },
];

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('expected a UserError');
}

describe('the lesson a progress file belongs to', () => {
  it('is the articles (ids, files, a hash of their text), language, seed, count and the trimmed name', () => {
    expect(lesson).toEqual({
      articles: [
        { id: 'stadtwerke', file: 'stadtwerke.txt' },
        { id: 'puente', file: 'puente.txt' },
      ],
      content: expect.stringMatching(/^[0-9a-f]{64}$/),
      language: 'nb',
      seed: 7,
      count: 12,
      name: 'Ingrid',
    });
    expect(lessonId(ARTICLES, { language: 'nb', seed: 7, count: 12 })).not.toHaveProperty('name');
  });

  it('has one file per lesson in <results>/progress, the same for a changed text, another for anything else', () => {
    const file = progressFile('/r', lesson);
    expect(file).toMatch(/^\/r\/progress\/[0-9a-f]{16}\.json$/);
    const edited = [ARTICLES[0]!, { ...ARTICLES[1]!, body: ARTICLES[1]!.body.replace('12', '13') }];
    const changed = lessonId(edited, { language: 'nb', seed: 7, count: 12, name: 'Ingrid' });
    expect(changed.content).not.toBe(lesson.content);
    expect(progressFile('/r', changed)).toBe(file);
    const others = [
      lessonId(ARTICLES, { language: 'nl', seed: 7, count: 12, name: 'Ingrid' }),
      lessonId(ARTICLES, { language: 'nb', seed: 8, count: 12, name: 'Ingrid' }),
      lessonId(ARTICLES, { language: 'nb', seed: 7, count: 10, name: 'Ingrid' }),
      lessonId(ARTICLES, { language: 'nb', seed: 7, count: 12, name: 'Ola' }),
      lessonId(ARTICLES, { language: 'nb', seed: 7, count: 12 }),
      lessonId([...ARTICLES].reverse(), { language: 'nb', seed: 7, count: 12, name: 'Ingrid' }),
    ];
    expect(new Set([file, ...others.map((o) => progressFile('/r', o))]).size).toBe(7);
  });
});

describe('writing and reading progress', () => {
  it('round-trips, creating the folder, and leaves no temporary file', () => {
    const dir = freshDir();
    const file = progressFile(dir, lesson);
    writeProgress(file, progress(TWO_ANSWERS.slice(0, 1)));
    writeProgress(file, progress(TWO_ANSWERS));
    expect(readProgress(file)).toEqual(progress(TWO_ANSWERS));
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(findProgress(dir, lesson, QUESTION_IDS, NOW)).toEqual({ kind: 'found', progress: progress(TWO_ANSWERS) });
  });

  it('finds nothing where nothing was left, and nothing once removed', () => {
    const dir = freshDir();
    expect(findProgress(dir, lesson, QUESTION_IDS, NOW)).toEqual({ kind: 'none' });
    const file = progressFile(dir, lesson);
    writeProgress(file, progress(TWO_ANSWERS));
    const other = progressFile(dir, lessonId(ARTICLES, { language: 'es', seed: 7, count: 12 }));
    writeProgress(other, progress(TWO_ANSWERS, lessonId(ARTICLES, { language: 'es', seed: 7, count: 12 })));
    removeProgress(file);
    removeProgress(file);
    expect(findProgress(dir, lesson, QUESTION_IDS, NOW)).toEqual({ kind: 'none' });
    // The folder goes with the last progress file in it.
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(other)]);
    removeProgress(other);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the old file whole when the program dies between writing the temporary file and the rename', () => {
    const dir = freshDir();
    const file = progressFile(dir, lesson);
    writeProgress(file, progress(TWO_ANSWERS.slice(0, 1)));
    const before = fs.readFileSync(file, 'utf8');
    // A child process writes the next progress and is killed (SIGKILL) at the moment it would rename.
    const script = path.join(tmp, 'die-at-rename.mts');
    fs.writeFileSync(
      script,
      [
        `import fs from 'node:fs';`,
        `import { writeProgress } from ${JSON.stringify(path.join(root, 'src/quiz/progress.ts'))};`,
        `fs.renameSync = () => { process.kill(process.pid, 'SIGKILL'); throw new Error('not reached'); };`,
        `writeProgress(${JSON.stringify(file)}, ${JSON.stringify(progress(TWO_ANSWERS))});`,
      ].join('\n'),
    );
    let signal: string | null = null;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'pipe' });
    } catch (err) {
      signal = (err as { signal: string | null }).signal;
    }
    expect(signal).toBe('SIGKILL');
    // The old progress is untouched; the finished temporary file is left beside it, and ignored.
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    const left = fs.readdirSync(path.dirname(file)).filter((n) => n !== path.basename(file));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.${path.basename(file).replace('.', '\\.')}\\.\\d+-[0-9a-f]{8}\\.tmp$`));
    expect(JSON.parse(fs.readFileSync(path.join(path.dirname(file), left[0]!), 'utf8'))).toEqual(progress(TWO_ANSWERS));
    expect(findProgress(dir, lesson, QUESTION_IDS, NOW)).toEqual({ kind: 'found', progress: progress(TWO_ANSWERS.slice(0, 1)) });
  }, 30_000);

  it('says where and what is wrong with a progress file', () => {
    const file = path.join(tmp, 'checked.json');
    const write = (value: unknown) => fs.writeFileSync(file, JSON.stringify(value));
    write({ ...progress(TWO_ANSWERS), answers: [TWO_ANSWERS[0], { ...TWO_ANSWERS[1], choice: 4 }] });
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: answer 2, choice: must be <= 3`);
    write({ ...progress(TWO_ANSWERS), format: 'eternaut-quiz-results' });
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: format: must be "eternaut-quiz-progress"`);
    const { questions: _, ...noQuestions } = progress(TWO_ANSWERS);
    write(noQuestions);
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: missing field "questions"`);
    write({ ...progress(TWO_ANSWERS), lesson: { ...lesson, language: 'sv' } });
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: lesson.language: must be one of "en", "de", "nl", "nb", "es", "fr"`);
    write(progress([TWO_ANSWERS[1]!]));
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: answer 1 is for "budget-2", not question 1 ("money-1")`);
    write({ ...progress(TWO_ANSWERS), questions: ['money-1'] });
    expect(problemOf(() => readProgress(file))).toBe(`${file}: not a valid quiz progress file: 2 answers to 1 questions`);
  });
});

describe('a progress file that cannot be trusted', () => {
  it('is set aside as <name>.corrupt-<time>, reported with the problem, and the quiz starts afresh', () => {
    const dir = freshDir();
    const file = progressFile(dir, lesson);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Half a file: what a write without the rename could have left.
    const half = JSON.stringify(progress(TWO_ANSWERS), null, 2).slice(0, 150);
    fs.writeFileSync(file, half);
    const found = findProgress(dir, lesson, QUESTION_IDS, NOW);
    const keptAt = `${file}.corrupt-2026-03-02T08-15-30Z`;
    expect(found).toEqual({ kind: 'refused', refusal: { kind: 'corrupt', problem: expect.stringMatching(/^not valid JSON \(line \d+, column \d+\); expected a quiz progress file$/) }, keptAt });
    expect(fs.readFileSync(keptAt, 'utf8')).toBe(half);
    expect(fs.existsSync(file)).toBe(false);
    expect(findProgress(dir, lesson, QUESTION_IDS, NOW)).toEqual({ kind: 'none' });
  });

  it('never overwrites a file set aside before, even in the same second', () => {
    const dir = freshDir();
    const file = progressFile(dir, lesson);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"first": true}');
    const first = findProgress(dir, lesson, QUESTION_IDS, NOW);
    fs.writeFileSync(file, '[]');
    const second = findProgress(dir, lesson, QUESTION_IDS, NOW);
    fs.writeFileSync(file, '');
    const third = setAside(file, NOW);
    expect([first, second].map((f) => (f.kind === 'refused' ? f.refusal : f))).toEqual([
      // At most five problems are named: the missing fields come first.
      { kind: 'corrupt', problem: 'not a valid quiz progress file: missing field "format"; missing field "version"; missing field "lesson"; missing field "questions"; missing field "answers"' },
      { kind: 'corrupt', problem: 'not a valid quiz progress file: must be object' },
    ]);
    expect([first, second].map((f) => (f.kind === 'refused' ? path.basename(f.keptAt) : f.kind))).toEqual([
      `${path.basename(file)}.corrupt-2026-03-02T08-15-30Z`,
      `${path.basename(file)}.corrupt-2026-03-02T08-15-30Z-2`,
    ]);
    expect(path.basename(third)).toBe(`${path.basename(file)}.corrupt-2026-03-02T08-15-30Z-3`);
    const kept = fs.readdirSync(path.dirname(file)).sort();
    expect(kept.map((n) => fs.readFileSync(path.join(path.dirname(file), n), 'utf8'))).toEqual(['{"first": true}', '[]', '']);
  });

  it('is not resumed after an article changed: set aside, not offered', () => {
    const dir = freshDir();
    writeProgress(progressFile(dir, lesson), progress(TWO_ANSWERS));
    const edited = [{ ...ARTICLES[0]!, body: ARTICLES[0]!.body.replace('40 Millionen', '45 Millionen') }, ARTICLES[1]!];
    const now = lessonId(edited, { language: 'nb', seed: 7, count: 12, name: 'Ingrid' });
    const found = findProgress(dir, now, QUESTION_IDS, NOW);
    expect(found).toMatchObject({ kind: 'refused', refusal: { kind: 'changed' } });
    expect(readProgress(found.kind === 'refused' ? found.keptAt : '')).toEqual(progress(TWO_ANSWERS));
    expect(findProgress(dir, now, QUESTION_IDS, NOW)).toEqual({ kind: 'none' });
  });

  it('is not resumed into other questions than it was answering', () => {
    const dir = freshDir();
    writeProgress(progressFile(dir, lesson), progress(TWO_ANSWERS));
    const reordered = ['budget-2', 'money-1', 'source-3', 'people-4'];
    expect(findProgress(dir, lesson, reordered, NOW)).toMatchObject({ kind: 'refused', refusal: { kind: 'changed' } });
  });
});
