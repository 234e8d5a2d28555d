/** Question banks on disk: reading with validation (JSON Schema questions/schema.json, then ids and options), writing. */
import path from 'node:path';
import schema from '../../questions/schema.json' with { type: 'json' };
import { questionsDir } from '../corpus/paths.js';
import { sanitizeJson } from '../corpus/sanitize.js';
import type { Lang } from '../facts.js';
import { optionsDistinct } from './draft.js';
import { badFile, readJson, validator, writeJsonAtomic } from './json-file.js';
import type { Bank } from './types.js';

/** "question 3 (speed-1a2b3c4d), options" for a path into a bank. */
function where(data: unknown): (p: string[]) => string {
  return ([top, index, ...rest]) => {
    if (top !== 'questions' || index === undefined) return [top, index, ...rest].filter(Boolean).join('.');
    const q = (data as { questions?: Array<{ id?: unknown }> }).questions?.[Number(index)];
    const id = typeof q?.id === 'string' ? ` (${q.id})` : '';
    return `question ${Number(index) + 1}${id}${rest.length ? `, ${rest.join('.')}` : ''}`;
  };
}

/** The problems of a bank, as lines; none when it is valid. */
export function bankProblems(data: unknown): string[] {
  const problems = validator(schema, where(data))(data);
  if (problems.length) return problems;
  const bank = data as Bank;
  const seen = new Set<string>();
  bank.questions.forEach((q, i) => {
    if (seen.has(q.id)) problems.push(`question ${i + 1}: the id "${q.id}" is used twice`);
    seen.add(q.id);
    if (!optionsDistinct(q.options)) problems.push(`question ${i + 1} (${q.id}): two options read the same`);
  });
  return problems;
}

export function readBank(file: string): Bank {
  // Bank text reaches the terminal and every export: no escape sequence may pass.
  const data = sanitizeJson(readJson(file, 'a question bank'));
  const problems = bankProblems(data);
  if (problems.length) throw badFile(file, `not a valid question bank: ${problems.join('; ')}`);
  return data as Bank;
}

export function writeBank(file: string, bank: Bank): void {
  writeJsonAtomic(file, bank);
}

/** questions/<lang>.json of the package. */
export function bundledBankPath(lang: Lang): string {
  return path.join(questionsDir(), `${lang}.json`);
}
