/**
 * Loading articles: files and folders named by the user, or the bundled corpus.
 * Every problem with one input becomes a `LoadProblem` (one line for the user);
 * the other inputs still load. Nothing here throws for bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../facts.js';
import { splitSentences } from '../text/sentences.js';
import { detectLanguage, type Detection } from './detect.js';
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
  | 'no-article-files'
  | 'symlink-loop'
  | 'not-a-file'
  | 'no-text'
  | 'unsupported-language'
  | 'uncertain-language'
  | 'too-short';

export interface LoadProblem {
  /** The file or folder, sanitized for display. */
  file: string;
  reason: LoadReason;
  /**
   * Extra detail: the language guessed ("da"), the two candidates ("nb/da"), the system error code
   * ("EACCES"), the number of files skipped after this one ('too-many-files' past the limit; none for a folder refused).
   */
  detail?: string;
}

export interface LoadResult {
  articles: Article[];
  problems: LoadProblem[];
}

/** Articles larger than this are refused without being read whole. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** At most this many article files are read at once; a folder holding more is refused whole. */
export const MAX_FILES = 5000;
/** The files of a folder that are read as articles. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text', '.markdown'];

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
  if (!raw.length) return { file, reason: 'empty' };
  const text = sanitize(raw);
  const { header, bodyStart, warnings } = parseHeader(text);
  const body = text.slice(bodyStart);
  if (!body.trim()) return { file, reason: text.trim() ? 'no-text' : 'whitespace' };
  let language = header.language;
  if (!language) {
    const detection = detectLanguage(body);
    if (!detection.ok) return languageProblem(file, detection);
    language = detection.language;
  }
  const title = header.title ?? headline(body, id);
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

/** Without a header title, the first line is the headline (without Markdown "#" marks), cut at 120 characters. */
function headline(body: string, id: string): string {
  const line = firstFilledLine(body)?.replace(/^#{1,6}\s+/, '') || id;
  return line.length > 120 ? line.slice(0, 119) + '…' : line;
}

/** The first line of `text` with more than white space, trimmed; read in place, not by splitting the whole text. */
function firstFilledLine(text: string): string | undefined {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = (end < 0 ? text.slice(start) : text.slice(start, end)).trim();
    if (line || end < 0) return line || undefined;
    start = end + 1;
  }
}

function languageProblem(file: string, detection: Exclude<Detection, { ok: true }>): LoadProblem {
  switch (detection.reason) {
    case 'unsupported':
      return { file, reason: 'unsupported-language', ...(detection.guess ? { detail: detection.guess } : {}) };
    case 'uncertain':
      return { file, reason: 'uncertain-language', detail: detection.candidates.join('/') };
    case 'too-short':
      return { file, reason: 'too-short' };
  }
}

export function isProblem(x: Article | LoadProblem): x is LoadProblem {
  return 'reason' in x;
}

/** The problem a system error means for `file`. */
function systemProblem(file: string, err: unknown): LoadProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { file, reason: 'not-found' };
  if (code === 'ELOOP') return { file, reason: 'symlink-loop' };
  return { file, reason: 'unreadable', ...(code ? { detail: code } : {}) };
}

/** The first `size` bytes of a file, and one more if it has grown since it was measured. */
function readAtMost(filePath: string, size: number): Buffer {
  const buf = Buffer.alloc(size + 1);
  const fd = fs.openSync(filePath, 'r');
  try {
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads one article file. */
export function loadFile(filePath: string, display = filePath): Article | LoadProblem {
  const file = sanitizeLine(display);
  try {
    const stat = fs.statSync(filePath);
    // Devices and pipes are refused before opening: reading one could block or never end.
    if (!stat.isFile()) return { file, reason: 'not-a-file' };
    if (stat.size > MAX_FILE_BYTES) return { file, reason: 'too-large' };
    const buf = readAtMost(filePath, stat.size);
    if (buf.length > MAX_FILE_BYTES) return { file, reason: 'too-large' };
    if (buf.length === 0) return { file, reason: 'empty' };
    const decoded = decode(buf);
    if (!decoded.ok) return { file, reason: decoded.reason };
    const base = path.basename(filePath).replace(/\.[^.]+$/, '');
    return articleFromText(decoded.text, file, sanitizeLine(base));
  } catch (err) {
    return systemProblem(file, err);
  }
}

const isArticleName = (name: string) => ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** Folders being listed (the current path, to spot loops) and folders already listed. */
interface Walk {
  ancestors: Set<string>;
  visited: Set<string>;
}

/** Lists the article files under `dir` (recursively, sorted, loops and hidden files skipped). */
function listFolder(dir: string, problems: LoadProblem[], out: string[], walk: Walk): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    problems.push(systemProblem(sanitizeLine(dir), err));
    return;
  }
  if (walk.ancestors.has(real)) {
    problems.push({ file: sanitizeLine(dir), reason: 'symlink-loop' });
    return;
  }
  // A folder reached a second time by another link has been listed already.
  if (walk.visited.has(real)) return;
  walk.visited.add(real);
  walk.ancestors.add(real);
  try {
    listEntries(dir, problems, out, walk);
  } finally {
    walk.ancestors.delete(real);
  }
}

function listEntries(dir: string, problems: LoadProblem[], out: string[], walk: Walk): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(systemProblem(sanitizeLine(dir), err));
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
        // A broken link is worth telling only where an article was expected.
        const problem = systemProblem(sanitizeLine(full), err);
        if (problem.reason === 'symlink-loop' || isArticleName(entry.name)) problems.push(problem);
        continue;
      }
    }
    if (isDir) listFolder(full, problems, out, walk);
    else if (isFile && isArticleName(entry.name)) out.push(full);
    if (out.length > MAX_FILES) return;
  }
}

/**
 * The article files of folder `dir`. A folder holding more than MAX_FILES of them is refused
 * whole, with one problem instead of one per file; a folder holding none is named too.
 */
function folderFiles(dir: string, problems: LoadProblem[]): string[] {
  const found: string[] = [];
  const before = problems.length;
  listFolder(dir, problems, found, { ancestors: new Set(), visited: new Set() });
  if (found.length > MAX_FILES) {
    problems.length = before;
    problems.push({ file: sanitizeLine(dir), reason: 'too-many-files' });
    return [];
  }
  if (found.length === 0 && problems.length === before) problems.push({ file: sanitizeLine(dir), reason: 'no-article-files' });
  return found;
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
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
      problems.push(systemProblem(sanitizeLine(p), err));
      continue;
    }
    if (st.isDirectory()) files.push(...folderFiles(p, problems));
    else files.push(p);
  }
  if (files.length > MAX_FILES) {
    problems.push({ file: sanitizeLine(files[MAX_FILES]!), reason: 'too-many-files', detail: String(files.length - MAX_FILES - 1) });
    files.length = MAX_FILES;
  }
  const articles: Article[] = [];
  const ids = new Set<string>();
  const loaded = new Set<string>();
  for (const f of files) {
    // A file named twice (directly and through its folder, or by two paths) is read once.
    const real = realPath(f);
    if (loaded.has(real)) continue;
    loaded.add(real);
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
