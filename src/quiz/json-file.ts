/**
 * Reading and writing the quiz's JSON files (banks, answers, results): every
 * problem becomes one clear line naming the file, and writes are atomic
 * (results files are never overwritten).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv, ErrorObject, SchemaObject, ValidateFunction } from 'ajv';
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

/** Writes a temporary file `tmp` and flushes it to disk. */
function writeTemp(tmp: string, value: unknown): void {
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeFileSync(fd, safeJson(value) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (the rename) to disk; not every system can, which costs only durability. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* best effort */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes `file` through a temporary file in the same folder (so the move stays on one file system), which `place` moves into place. */
function writeVia(file: string, value: unknown, place: (tmp: string) => void): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    writeTemp(tmp, value);
    written = true;
    place(tmp);
    syncFolder(path.dirname(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw badFile(file, written && code === 'EEXIST' ? 'already exists (never overwritten)' : `cannot be written (${code ?? (err as Error).message})`);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Writes `value` as JSON through a flushed temporary file and a rename, so a
 * reader (or the next start after a crash) sees the old file or the new one,
 * never half a file.
 */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeVia(file, value, (tmp) => fs.renameSync(tmp, file));
}

/**
 * Like writeJsonAtomic, but never replaces an existing file: the finished
 * temporary file is linked to its name, which fails when the name is taken
 * (where links are not supported, an exclusive copy does the same).
 */
export function writeJsonNew(file: string, value: unknown): void {
  writeVia(file, value, (tmp) => linkNoReplace(tmp, file));
}

/**
 * Gives `from` the second name `to`, failing (EEXIST) when `to` is taken: a
 * hard link, or where the file system has none, an exclusive copy.
 */
export function linkNoReplace(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  }
}

let ajv: Ajv | undefined;

/**
 * Ajv, loaded at its first use: a lesson with no file to check never needs
 * it. The build bundles it apart (dist/ajv.cjs, see src/scripts/build.mjs),
 * and this require() loads that file; run from source as an ES module (tsx),
 * there is no require, and one is made.
 */
function newAjv(): Ajv {
  const { Ajv: AjvClass } = (typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv')) as typeof import('ajv');
  return new AjvClass({ allErrors: true, strict: true });
}

/** One readable line for a schema error: where (as given by `where`) and what. */
function describe(error: ErrorObject, where: (path: string[]) => string): string {
  const at = where(error.instancePath.split('/').slice(1));
  const p = error.params as Record<string, unknown>;
  let what = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') what = `unknown field "${String(p.additionalProperty)}"`;
  else if (error.keyword === 'required') what = `missing field "${String(p.missingProperty)}"`;
  else if (error.keyword === 'const') what = `must be ${JSON.stringify(p.allowedValue)}`;
  else if (error.keyword === 'enum') what = `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return at ? `${at}: ${what}` : what;
}

/** A validator for `schema` that returns problems as lines (at most `max`), none when valid. */
export function validator(schema: SchemaObject, where: (path: string[]) => string, max = 5): (data: unknown) => string[] {
  // Compiled on first use: compiling costs tens of milliseconds that start-up does not need.
  let compiled: ValidateFunction | undefined;
  return (data) => {
    const validate = (compiled ??= (ajv ??= newAjv()).compile(schema));
    if (validate(data)) return [];
    const errors = validate.errors ?? [];
    // A failed "if/then" or "anyOf" adds a summary error; the specific ones say more.
    const specific = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    return [...new Set((specific.length ? specific : errors).map((e) => describe(e, where)))].slice(0, max);
  };
}
