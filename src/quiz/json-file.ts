/**
 * Reading and writing the quiz's JSON files (banks, answers, results): every
 * problem becomes one clear line naming the file, and writes are atomic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type SchemaObject, type ValidateFunction } from 'ajv';
import { safeJson, sanitizeLine } from '../corpus/sanitize.js';
import { EXIT, UserError } from '../util/io.js';

/** Larger files are refused without being read (a bank of the bundled corpus is about 100 kB). */
const MAX_BYTES = 20 * 1024 * 1024;

export function badFile(file: string, problem: string): UserError {
  return new UserError(`${sanitizeLine(file)}: ${problem}`, EXIT.badFile);
}

/** "line 3, column 7" of a character offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** The parsed JSON of `file`, or a UserError naming the file and the problem. */
export function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_BYTES) throw badFile(file, `too large for ${what}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw badFile(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `a folder, not ${what}` : `cannot be read (${code ?? 'error'})`);
  }
  if (!text.trim()) throw badFile(file, `empty, not ${what}`);
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    const m = /position (\d+)/.exec((err as Error).message);
    throw badFile(file, `not valid JSON${m ? ` (${position(text, Number(m[1]))})` : ''}; expected ${what}`);
  }
}

/** Writes `value` as JSON through a temporary file and a rename, so a reader never sees half a file. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, safeJson(value) + '\n');
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw badFile(file, `cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });

/** One readable line for a schema error: where (as given by `where`) and what. */
function describe(error: ErrorObject, where: (path: string[]) => string): string {
  const at = where(error.instancePath.split('/').slice(1));
  const p = error.params as Record<string, unknown>;
  let what = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') what = `unknown field "${String(p.additionalProperty)}"`;
  else if (error.keyword === 'required') what = `missing field "${String(p.missingProperty)}"`;
  else if (error.keyword === 'enum') what = `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return at ? `${at}: ${what}` : what;
}

/** A validator for `schema` that returns problems as lines (at most `max`), none when valid. */
export function validator(schema: SchemaObject, where: (path: string[]) => string, max = 5): (data: unknown) => string[] {
  // Compiled on first use: compiling costs tens of milliseconds that start-up does not need.
  let compiled: ValidateFunction | undefined;
  return (data) => {
    const validate = (compiled ??= ajv.compile(schema));
    if (validate(data)) return [];
    const errors = validate.errors ?? [];
    // A failed "if/then" or "anyOf" adds a summary error; the specific ones say more.
    const specific = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    return [...new Set((specific.length ? specific : errors).map((e) => describe(e, where)))].slice(0, max);
  };
}
