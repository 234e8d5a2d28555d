/**
 * Answers files, for `grade`: which option was chosen per question id, as a
 * letter (A–D) or an index (0–3), null when not answered:
 * {"name": "Ana", "answers": {"speed-1a2b3c4d": "B", "budget-0f9e8d7c": 0}}
 */
import type { SchemaObject } from 'ajv';
import { sanitizeJson } from '../corpus/sanitize.js';
import type { Answers } from './grade.js';
import { badFile, readJson, validator } from './json-file.js';
import type { Bank } from './types.js';

const SCHEMA: SchemaObject = {
  type: 'object',
  required: ['answers'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 200 },
    answers: {
      type: 'object',
      additionalProperties: {
        anyOf: [{ type: 'integer', minimum: 0, maximum: 3 }, { type: 'string', pattern: '^[A-Da-d]$' }, { type: 'null' }],
      },
    },
  },
};

const validate = validator(SCHEMA, (p) => (p[0] === 'answers' && p[1] !== undefined ? `the answer to "${p[1]}"` : p.join('.')));

export interface AnswersFile {
  name?: string;
  answers: Answers;
}

/** The answers of `file` as option indexes, checked against the bank's question ids. */
export function readAnswers(file: string, bank: Bank): AnswersFile {
  const data = sanitizeJson(readJson(file, 'an answers file'));
  // Each branch of "letter or index or null" fails on its own; one line per answer says it all.
  const problems = validate(data).map((p) => (p.startsWith('the answer to') ? `${p.replace(/": .*$/, '"')} must be A, B, C, D, 0–3 or null` : p));
  if (problems.length) throw badFile(file, `not a valid answers file: ${[...new Set(problems)].join('; ')}`);
  const raw = data as { name?: string; answers: Record<string, number | string | null> };
  const ids = new Set(bank.questions.map((q) => q.id));
  const unknown = Object.keys(raw.answers).filter((id) => !ids.has(id));
  if (unknown.length) throw badFile(file, `answers questions the bank does not have: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}`);
  const answers = Object.fromEntries(
    Object.entries(raw.answers).map(([id, v]) => [id, typeof v === 'string' ? 'ABCD'.indexOf(v.toUpperCase()) : v]),
  );
  return raw.name === undefined ? { answers } : { name: raw.name, answers };
}
