/**
 * Results files: one per quiz taken, for the class report. They hold who (an
 * optional name), when, in which language and with which seed, and per
 * question the option chosen, the correct one and the time taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SchemaObject } from 'ajv';
import { LANGS, type Lang } from '../facts.js';
import { grade, type Answers, type Tally } from './grade.js';
import { badFile, readJson, validator, writeJsonNew } from './json-file.js';
import { CATEGORIES, type AnswerIndex, type Category, type Options, type Question } from './types.js';

export const RESULTS_FORMAT = 'eternaut-quiz-results';

export interface ResultQuestion {
  id: string;
  category: Category;
  stem: string;
  options: Options;
  answer: AnswerIndex;
  /** The option chosen, null when not answered. */
  chosen: number | null;
  correct: boolean;
  /** Milliseconds spent on the question, null when not measured. */
  ms: number | null;
  articles: string[];
}

export interface Results {
  format: typeof RESULTS_FORMAT;
  version: 1;
  name?: string;
  /** ISO 8601, when the quiz ended. */
  time: string;
  language: Lang;
  seed: number;
  score: Tally;
  questions: ResultQuestion[];
}

export interface ResultsMeta {
  name?: string;
  time: Date;
  language: Lang;
  seed: number;
  /** Milliseconds per question id. */
  ms?: Readonly<Record<string, number>>;
}

export function buildResults(questions: readonly Question[], answers: Answers, meta: ResultsMeta): Results {
  const { overall } = grade(questions, answers);
  const results: Results = {
    format: RESULTS_FORMAT,
    version: 1,
    time: meta.time.toISOString(),
    language: meta.language,
    seed: meta.seed,
    score: overall,
    questions: questions.map((q) => {
      const chosen = answers[q.id] ?? null;
      return {
        id: q.id,
        category: q.category,
        stem: q.stem,
        options: q.options,
        answer: q.answer,
        chosen,
        correct: chosen === q.answer,
        ms: meta.ms?.[q.id] ?? null,
        articles: q.articles,
      };
    }),
  };
  if (meta.name !== undefined && meta.name.trim()) results.name = meta.name.trim();
  return results;
}

/**
 * "results-2025-07-18T14-22-03-ana.json": sortable, safe on every file system;
 * the `n`th name for the same time and name gets "-n" ("…-ana-2.json").
 */
export function resultsFileName(results: Pick<Results, 'time' | 'name'>, n = 1): string {
  const stamp = results.time.replace(/\.\d+Z$/, '').replace(/:/g, '-');
  const who = (results.name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `results-${stamp}${who ? `-${who}` : ''}${n > 1 ? `-${n}` : ''}.json`;
}

/** Writes a results file atomically; an existing file is never replaced (a UserError says so). */
export function writeResults(file: string, results: Results): void {
  writeJsonNew(file, results);
}

/** Quizzes ending in the same second under the same name each keep their file. */
const MAX_SAME_NAME = 1000;

/** Writes `results` into folder `dir` under the first free name (resultsFileName), and returns its path. */
export function writeResultsIn(dir: string, results: Results): string {
  for (let n = 1; ; n++) {
    const file = path.join(dir, resultsFileName(results, n));
    try {
      writeResults(file, results);
      return file;
    } catch (err) {
      if (!fs.existsSync(file) || n >= MAX_SAME_NAME) throw err;
    }
  }
}

const text = { type: 'string', minLength: 1 };
const SCHEMA: SchemaObject = {
  type: 'object',
  required: ['format', 'version', 'time', 'language', 'seed', 'score', 'questions'],
  additionalProperties: false,
  properties: {
    format: { const: RESULTS_FORMAT },
    version: { const: 1 },
    name: { type: 'string' },
    time: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z$' },
    language: { enum: [...LANGS] },
    seed: { type: 'integer', minimum: 0 },
    score: {
      type: 'object',
      required: ['correct', 'total'],
      additionalProperties: false,
      properties: { correct: { type: 'integer', minimum: 0 }, total: { type: 'integer', minimum: 0 } },
    },
    questions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'category', 'stem', 'options', 'answer', 'chosen', 'correct', 'ms', 'articles'],
        additionalProperties: false,
        properties: {
          id: text,
          category: { enum: [...CATEGORIES] },
          stem: text,
          options: { type: 'array', minItems: 4, maxItems: 4, items: text },
          answer: { type: 'integer', minimum: 0, maximum: 3 },
          chosen: { anyOf: [{ type: 'integer', minimum: 0, maximum: 3 }, { type: 'null' }] },
          correct: { type: 'boolean' },
          ms: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'null' }] },
          articles: { type: 'array', items: text },
        },
      },
    },
  },
};

const validate = validator(SCHEMA, ([top, index, ...rest]) =>
  top === 'questions' && index !== undefined ? `question ${Number(index) + 1}${rest.length ? `, ${rest.join('.')}` : ''}` : [top, index, ...rest].filter(Boolean).join('.'),
);

/** A results file, validated: the schema, then that the score and each "correct" agree with the answers. */
export function readResults(file: string): Results {
  const data = readJson(file, 'a results file');
  const problems = validate(data);
  if (problems.length) throw badFile(file, `not a valid results file: ${problems.join('; ')}`);
  const results = data as Results;
  const inconsistent = results.questions.findIndex((q) => q.correct !== (q.chosen === q.answer));
  if (inconsistent >= 0) throw badFile(file, `not a valid results file: question ${inconsistent + 1}: "correct" does not match "chosen" and "answer"`);
  const correct = results.questions.filter((q) => q.correct).length;
  if (results.score.correct !== correct || results.score.total !== results.questions.length) {
    throw badFile(file, `not a valid results file: the score ${results.score.correct}/${results.score.total} does not match the questions (${correct}/${results.questions.length})`);
  }
  return results;
}
