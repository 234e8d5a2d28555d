/**
 * Loading articles: files and folders named by the user, or the bundled corpus.
 * Every problem with one input becomes a `LoadProblem` (one line for the user);
 * the other inputs still load. Nothing here throws for bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../facts.js';
import { splitSentences } from '../text/sentences.js';
import { detectLanguage, LANGUAGE_NAMES_EN } from './detect.js';
import { parseHeader } from './header.js';
import { sanitize, sanitizeLine } from './sanitize.js';
import { bundledCorpusDir } from './paths.js';

export type LoadReason =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'whitespace'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'too-many-files'
  | 'symlink-loop'
  | 'unsupported-language'
  | 'too-short';

export interface LoadProblem {
  /** The file or folder, sanitized for display. */
  file: string;
  reason: LoadReason;
  /** Extra detail: the language guessed, the limit passed, the system error. */
  detail?: string;
}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

/** Articles larger than this are refused without being read whole. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** At most this many files are taken from the folders named. */
export const MAX_FILES = 5000;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.text', '.markdown']);

export function describeProblem(p: LoadProblem): string {
  const why: Record<LoadReason, string> = {
    'not-found': 'no such file or folder',
    unreadable: 'cannot be read' + (p.detail ? ` (${p.detail})` : ''),
    empty: 'the file is empty',
    whitespace: 'the file holds only white space',
    binary: 'this is a binary file, not text',
    'invalid-utf8': 'the text is not valid UTF-8 (save it as UTF-8)',
    'too-large': `the file is too large for an article (over ${MAX_FILE_BYTES / 1024 / 1024} MiB)`,
    'too-many-files': `too many files; only the first ${MAX_FILES} were read`,
    'symlink-loop': 'a symbolic link loops back on itself',
    'unsupported-language':
      'the language is not supported' +
      (p.detail ? ` (it looks like ${LANGUAGE_NAMES_EN[p.detail] ?? p.detail})` : '') +
      '; supported: en, de, nl, nb, es, fr',
    'too-short': 'the text is too short to tell its language; add a header line "language: xx"',
  };
  return `${p.file}: ${why[p.reason]}`;
}

type Decoded = { ok: true; text: string } | { ok: false; reason: 'binary' | 'invalid-utf8' };

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses binary. */
export function decode(buf: Uint8Array): Decoded {
  if (buf[0] === 0xff && buf[1] === 0xfe) return decodeWith('utf-16le', buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return decodeWith('utf-16be', buf.subarray(2));
  if (buf.includes(0)) return { ok: false, reason: 'binary' };
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return decodeWith('utf-8', buf.subarray(start));
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (/\u0000/.test(text)) return { ok: false, reason: 'binary' };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? 'invalid-utf8' : 'binary' };
  }
}

/** Builds an article from raw text. `file` is the display name, `id` the fallback id. */
export function articleFromText(raw: string, file: string, id: string): Article | LoadProblem {
  const text = sanitize(raw);
  const { header, bodyStart, warnings } = parseHeader(text);
  const body = text.slice(bodyStart);
  if (!raw.length) return { file, reason: 'empty' };
  if (!body.trim()) return { file, reason: text.trim() ? 'too-short' : 'whitespace' };
  let language = header.language;
  if (!language) {
    const detection = detectLanguage(body);
    if (!detection.ok) {
      return detection.reason === 'unsupported'
        ? { file, reason: 'unsupported-language', ...(detection.guess ? { detail: detection.guess } : {}) }
        : { file, reason: 'too-short' };
    }
    language = detection.language;
  }
  const firstLine = body.split('\n').find((l) => l.trim())?.trim() ?? id;
  const title = header.title ?? (firstLine.length > 120 ? firstLine.slice(0, 119) + '…' : firstLine);
  const article: Article = {
    id: header.id ?? id,
    file,
    language,
    title,
    body,
    sentences: splitSentences(body, language),
    warnings,
  };
  if (header.outlet) article.outlet = header.outlet;
  if (header.date) article.date = header.date;
  if (header.url) article.url = header.url;
  return article;
}

export function isProblem(x: Article | LoadProblem): x is LoadProblem {
  return 'reason' in x;
}

function errnoReason(err: unknown): LoadProblem['reason'] {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not-found';
  if (code === 'ELOOP') return 'symlink-loop';
  return 'unreadable';
}

function errnoDetail(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
}

/** Reads one article file. */
export function loadFile(filePath: string, display = filePath): Article | LoadProblem {
  const file = sanitizeLine(display);
  try {
    const stat = fs.statSync(filePath);
    if (stat.size > MAX_FILE_BYTES) return { file, reason: 'too-large' };
    const fd = fs.openSync(filePath, 'r');
    let buf: Buffer;
    try {
      buf = Buffer.alloc(stat.size);
      const n = stat.size ? fs.readSync(fd, buf, 0, stat.size, 0) : 0;
      buf = buf.subarray(0, n);
    } finally {
      fs.closeSync(fd);
    }
    if (buf.length === 0) return { file, reason: 'empty' };
    const decoded = decode(buf);
    if (!decoded.ok) return { file, reason: decoded.reason };
    const base = path.basename(filePath).replace(/\.[^.]+$/, '');
    return articleFromText(decoded.text, file, sanitizeLine(base));
  } catch (err) {
    const detail = errnoDetail(err);
    return { file, reason: errnoReason(err), ...(detail && errnoReason(err) === 'unreadable' ? { detail } : {}) };
  }
}

/** Lists the article files under `dir` (recursively, sorted, loops and hidden files skipped). */
function listFolder(dir: string, problems: LoadProblem[], out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    problems.push({ file: sanitizeLine(dir), reason: errnoReason(err) });
    return;
  }
  if (seen.has(real)) {
    problems.push({ file: sanitizeLine(dir), reason: 'symlink-loop' });
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    const detail = errnoDetail(err);
    problems.push({ file: sanitizeLine(dir), reason: errnoReason(err), ...(detail ? { detail } : {}) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        problems.push({ file: sanitizeLine(full), reason: errnoReason(err) });
        continue;
      }
    }
    if (isDir) listFolder(full, problems, out, seen);
    else if (isFile && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
    if (out.length > MAX_FILES) return;
  }
}

/** Loads the files and folders named; an empty list loads the bundled corpus. */
export function loadArticles(paths: readonly string[]): LoadResult {
  if (paths.length === 0) return loadBundledCorpus();
  const problems: LoadProblem[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      problems.push({ file: sanitizeLine(p), reason: errnoReason(err) });
      continue;
    }
    if (st.isDirectory()) listFolder(p, problems, files, new Set());
    else files.push(p);
  }
  if (files.length > MAX_FILES) {
    problems.push({ file: sanitizeLine(paths.join(', ')), reason: 'too-many-files' });
    files.length = MAX_FILES;
  }
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    const result = loadFile(f);
    if (isProblem(result)) problems.push(result);
    else {
      // Ids are unique within one load: a clash gets the path as its id.
      if (ids.has(result.id)) result.id = sanitizeLine(f);
      ids.add(result.id);
      articles.push(result);
    }
  }
  return { articles, problems };
}

/** The articles shipped in corpus/, with their file names as `file`. */
export function loadBundledCorpus(): LoadResult {
  const dir = bundledCorpusDir();
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const articles: Article[] = [];
  const problems: LoadProblem[] = [];
  for (const name of names) {
    const result = loadFile(path.join(dir, name), name);
    if (isProblem(result)) problems.push(result);
    else articles.push(result);
  }
  return { articles, problems };
}
