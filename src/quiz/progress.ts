/**
 * The quiz in progress, on disk: after every answer a progress file holds what
 * resuming needs (which lesson, its questions in order, the answers so far),
 * so a killed program loses at most the question on screen. One file per
 * lesson (articles, language, seed, count, name) in <results>/progress/; it
 * goes once the quiz's results file is written. A file that cannot be trusted
 * (bad JSON, wrong schema, articles changed since) is moved aside, never
 * deleted or overwritten, and the quiz starts afresh.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SchemaObject } from 'ajv';
import { LANGS, type Article, type Lang } from '../facts.js';
import { sanitizeLine } from '../corpus/sanitize.js';
import { UserError } from '../util/io.js';
import { badFile, linkNoReplace, readJson, validator, writeJsonAtomic } from './json-file.js';
import type { AnswerIndex } from './types.js';

export const PROGRESS_FORMAT = 'eternaut-quiz-progress';

/** What makes two quizzes the same quiz: the same questions in the same order. */
export interface LessonId {
  /** The articles' ids (header id, else file name) and files, in lesson order. */
  articles: Array<{ id: string; file: string }>;
  /** SHA-256 of the articles' language, title and text: a changed article is another lesson. */
  content: string;
  language: Lang;
  seed: number;
  count: number;
  name?: string;
}

export interface ProgressAnswer {
  id: string;
  choice: AnswerIndex;
  /** Milliseconds from showing the question to answering it. */
  ms: number;
  /** When it was answered (ms since the epoch). */
  at: number;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: 1;
  lesson: LessonId;
  /** The question ids, in the order asked. */
  questions: string[];
  /** The answers so far, in question order. */
  answers: ProgressAnswer[];
}

/** SHA-256 (hex) of what the questions are made from: each article's id, language, title and text. */
function contentHash(articles: readonly Article[]): string {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(JSON.stringify([a.id, a.language, a.title, a.body])).update('\n');
  return hash.digest('hex');
}

export function lessonId(articles: readonly Article[], options: { language: Lang; seed: number; count: number; name?: string | undefined }): LessonId {
  const id: LessonId = {
    articles: articles.map((a) => ({ id: a.id, file: a.file })),
    content: contentHash(articles),
    language: options.language,
    seed: options.seed,
    count: options.count,
  };
  if (options.name?.trim()) id.name = options.name.trim();
  return id;
}

/**
 * <dir>/progress/<16 hex digits>.json, named by the lesson without its content
 * hash: after an article changes, the same file is found and refused (and kept
 * aside) instead of lingering unseen.
 */
export function progressFile(dir: string, lesson: LessonId): string {
  return path.join(dir, 'progress', `${createHash('sha256').update(lessonKey(lesson)).digest('hex').slice(0, 16)}.json`);
}

/** The lesson but for its content: the article ids, language, seed, count and name. */
function lessonKey(lesson: LessonId): string {
  return JSON.stringify([lesson.articles.map((a) => a.id), lesson.language, lesson.seed, lesson.count, lesson.name ?? null]);
}

/** Writes the progress atomically (temporary file, flush, rename), creating the folder. */
export function writeProgress(file: string, progress: Progress): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw badFile(path.dirname(file), `cannot be created (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  writeJsonAtomic(file, progress);
}

const text = { type: 'string', minLength: 1 };
const SCHEMA: SchemaObject = {
  type: 'object',
  required: ['format', 'version', 'lesson', 'questions', 'answers'],
  additionalProperties: false,
  properties: {
    format: { const: PROGRESS_FORMAT },
    version: { const: 1 },
    lesson: {
      type: 'object',
      required: ['articles', 'content', 'language', 'seed', 'count'],
      additionalProperties: false,
      properties: {
        articles: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['id', 'file'], additionalProperties: false, properties: { id: text, file: text } },
        },
        content: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        language: { enum: [...LANGS] },
        seed: { type: 'integer', minimum: 0 },
        count: { type: 'integer', minimum: 1 },
        name: text,
      },
    },
    questions: { type: 'array', minItems: 1, uniqueItems: true, items: text },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'choice', 'ms', 'at'],
        additionalProperties: false,
        properties: {
          id: text,
          choice: { type: 'integer', minimum: 0, maximum: 3 },
          ms: { type: 'number', minimum: 0 },
          at: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
};

const validate = validator(SCHEMA, ([top, index, ...rest]) =>
  top === 'answers' && index !== undefined ? `answer ${Number(index) + 1}${rest.length ? `, ${rest.join('.')}` : ''}` : [top, index, ...rest].filter(Boolean).join('.'),
);

/** A progress file, validated: the schema, then that the answers follow the questions in order. */
export function readProgress(file: string): Progress {
  const data = readJson(file, 'a quiz progress file');
  const problems = validate(data);
  if (problems.length) throw badFile(file, `not a valid quiz progress file: ${problems.join('; ')}`);
  const progress = data as Progress;
  if (progress.answers.length > progress.questions.length) throw badFile(file, `not a valid quiz progress file: ${progress.answers.length} answers to ${progress.questions.length} questions`);
  const astray = progress.answers.findIndex((a, i) => a.id !== progress.questions[i]);
  if (astray >= 0) throw badFile(file, `not a valid quiz progress file: answer ${astray + 1} is for "${progress.answers[astray]!.id}", not question ${astray + 1} ("${progress.questions[astray]}")`);
  return progress;
}

/** Why a progress file was set aside: it cannot be read, or its lesson is not this one any more. */
export type Refusal = { kind: 'corrupt'; problem: string } | { kind: 'changed' };

export type Found = { kind: 'none' } | { kind: 'found'; progress: Progress } | { kind: 'refused'; refusal: Refusal; keptAt: string };

function sameLesson(a: LessonId, b: LessonId): boolean {
  return a.content === b.content && lessonKey(a) === lessonKey(b);
}

/**
 * The unfinished quiz of `lesson` in `dir`, if any. A file that is not valid,
 * or whose lesson is not `lesson` (an article changed) or whose questions are
 * not `questions` (ids in order: another version of the program), is moved
 * aside and reported, so the quiz starts afresh without losing it.
 */
export function findProgress(dir: string, lesson: LessonId, questions: readonly string[], now: Date): Found {
  const file = progressFile(dir, lesson);
  if (!fs.existsSync(file)) return { kind: 'none' };
  let refusal: Refusal;
  try {
    const progress = readProgress(file);
    if (sameLesson(progress.lesson, lesson) && progress.questions.join('\n') === questions.join('\n')) return { kind: 'found', progress };
    refusal = { kind: 'changed' };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // The message names the file, which is about to move: the problem alone.
    const named = `${sanitizeLine(file)}: `;
    refusal = { kind: 'corrupt', problem: err.message.startsWith(named) ? err.message.slice(named.length) : err.message };
  }
  return { kind: 'refused', refusal, keptAt: setAside(file, now) };
}

/**
 * Renames `file` to "<file>.corrupt-<time>" (with "-2", "-3"… when that name is
 * taken: nothing is overwritten) and returns the new path.
 */
export function setAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  for (let n = 1; ; n++) {
    const aside = `${file}.corrupt-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      // Never replaces a file of that name, where a rename would.
      linkNoReplace(file, aside);
      fs.rmSync(file);
      return aside;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      throw badFile(file, `cannot be set aside (${code ?? (err as Error).message})`);
    }
  }
}

/**
 * Deletes the progress file (the quiz's results are written, or the learner
 * starts over), and its folder once empty; a missing one is fine.
 */
export function removeProgress(file: string): void {
  fs.rmSync(file, { force: true });
  try {
    fs.rmdirSync(path.dirname(file));
  } catch (err) {
    // Other lessons' progress, or files set aside, keep the folder.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw err;
  }
}
