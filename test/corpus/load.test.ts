import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { describeProblem, describeWarnings } from '../../src/corpus/describe.js';
import {
  articleFromText,
  isProblem,
  loadArticles,
  loadFile,
  MAX_FILE_BYTES,
  MAX_FILES,
  type LoadProblem,
} from '../../src/corpus/load.js';
import { evidenceAt } from '../../src/extract/evidence.js';
import type { Article } from '../../src/facts.js';
import { DANISH, SUPPORTED_SAMPLES } from './samples.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-load-'));
/** Paths whose permissions a test took away, given back before clean-up. */
const locked: string[] = [];
function lock(p: string): void {
  fs.chmodSync(p, 0o000);
  locked.push(p);
}
afterAll(() => {
  for (const p of locked) fs.chmodSync(p, 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

let counter = 0;
/** Writes a file in a fresh folder and returns its path. */
function write(name: string, content: string | Uint8Array): string {
  const dir = path.join(tmp, `f${counter++}`);
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function article(x: Article | LoadProblem): Article {
  if (isProblem(x)) throw new Error(`expected an article, got ${describeProblem(x)}`);
  return x;
}
function problem(x: Article | LoadProblem): LoadProblem {
  if (!isProblem(x)) throw new Error(`expected a problem, got the article ${x.id}`);
  return x;
}

const ENGLISH = SUPPORTED_SAMPLES.en[0]!;
const GERMAN = SUPPORTED_SAMPLES.de[1]!;

describe('articles with a header', () => {
  it('takes language, title, id, outlet, date and url from the header; the body is the text below it', () => {
    const a = article(
      articleFromText(
        `---\nid: tram-1\nlanguage: en\ntitle: Tram line to be extended\noutlet: City Post\ndate: 2025-03-04\nurl: https://citypost.example/tram\n---\n${ENGLISH}`,
        'tram.txt',
        'tram',
      ),
    );
    expect(a).toMatchObject({
      id: 'tram-1',
      file: 'tram.txt',
      language: 'en',
      title: 'Tram line to be extended',
      outlet: 'City Post',
      date: '2025-03-04',
      url: 'https://citypost.example/tram',
      body: ENGLISH,
      warnings: [],
    });
    expect(a.sentences.map((s) => s.text)[0]).toMatch(/^The city council voted on Tuesday/);
  });

  it('trusts the header language over detection', () => {
    expect(article(articleFromText(`---\nlanguage: nb\n---\n${GERMAN}`, 'x.txt', 'x')).language).toBe('nb');
  });

  it('reads language "no" as Norwegian Bokmål', () => {
    expect(article(articleFromText(`---\nlanguage: no\n---\n${SUPPORTED_SAMPLES.nb[0]}`, 'x.txt', 'x')).language).toBe('nb');
  });

  it('keeps unknown and malformed header lines as warnings on the article', () => {
    const a = article(articleFromText(`---\nlanguage: de\nauthor: Anna\nno colon here\n---\n${GERMAN}`, 'x.txt', 'x'));
    expect(a.warnings).toEqual([
      { kind: 'unknown-field', text: 'author' },
      { kind: 'malformed-line', text: 'no colon here' },
    ]);
  });

  it('warns about an unsupported header language and detects the language instead', () => {
    const a = article(articleFromText(`---\nlanguage: it\n---\n${ENGLISH}`, 'x.txt', 'x'));
    expect(a.language).toBe('en');
    expect(a.warnings).toEqual([{ kind: 'unsupported-language', text: 'it' }]);
  });

  it('reports a file with a header and no text', () => {
    expect(problem(articleFromText('---\nlanguage: en\ntitle: Nothing\n---\n\n  \n', 'x.txt', 'x')).reason).toBe('no-text');
  });
});

describe('plain text without a header', () => {
  it('detects the language and takes the first line as the title and the file name as the id', () => {
    const file = write('frogs-report.txt', `New frog species found\n\n${SUPPORTED_SAMPLES.en[2]}`);
    const a = article(loadFile(file));
    expect(a.language).toBe('en');
    expect(a.title).toBe('New frog species found');
    expect(a.id).toBe('frogs-report');
    expect(a.file).toBe(file);
    expect(a.body.startsWith('New frog species found\n')).toBe(true);
  });

  it('drops Markdown heading marks from the title and shortens a long first line', () => {
    expect(article(articleFromText(`# Ernte in Gefahr\n${GERMAN}`, 'x.md', 'x')).title).toBe('Ernte in Gefahr');
    const long = article(articleFromText(SUPPORTED_SAMPLES.fr[0]!, 'x.txt', 'x')).title;
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });

  it.each([
    ['Danish', DANISH[0]!, 'da', 'Danish'],
    ['Italian', 'Il consiglio comunale ha approvato martedì il prolungamento della linea del tram fino ai quartieri settentrionali, un progetto di cui si discute da più di dieci anni.', 'it', 'Italian'],
  ])('refuses %s with a guess and a one-line reason naming the file', (_, text, guess, name) => {
    const file = write('artikel.txt', text);
    const p = problem(loadFile(file));
    expect(p).toEqual({ file, reason: 'unsupported-language', detail: guess });
    const line = describeProblem(p);
    expect(line).toBe(`${file}: the language is not supported (it looks like ${name}); supported: en, de, nl, nb, es, fr`);
  });

  it('refuses a Danish file even when its header claims Danish', () => {
    const p = problem(articleFromText(`---\nlanguage: da\n---\n${DANISH[1]}`, 'dk.txt', 'dk'));
    expect(p).toEqual({ file: 'dk.txt', reason: 'unsupported-language', detail: 'da' });
  });

  it('asks for a header when the text is too short to tell', () => {
    const p = problem(articleFromText('Kort melding i dag', 'kort.txt', 'kort'));
    expect(p.reason).toBe('too-short');
    expect(describeProblem(p)).toBe('kort.txt: the text is too short to tell its language; add a header line "language: xx" (en, de, nl, nb, es, fr)');
  });

  it('names both candidates when two close languages cannot be told apart', () => {
    const p = problem(articleFromText('Regeringen har fremlagt et nyt forslag om skatter, og det har skabt debat i hele landet.', 'x.txt', 'x'));
    expect(p).toEqual({ file: 'x.txt', reason: 'uncertain-language', detail: 'da/nb' });
    expect(describeProblem(p)).toBe('x.txt: cannot tell the language for sure (Danish or Norwegian Bokmål); add a header line "language: xx" (en, de, nl, nb, es, fr)');
  });
});

describe('encodings and odd content', () => {
  const text = `---\nlanguage: de\ntitle: Ernte\n---\n${GERMAN}`;

  it('refuses an empty file', () => {
    expect(problem(loadFile(write('empty.txt', ''))).reason).toBe('empty');
  });

  it('refuses a file of white space only', () => {
    expect(problem(loadFile(write('blank.txt', ' \n\t\r\n   \n'))).reason).toBe('whitespace');
  });

  it('refuses a binary file (NUL bytes)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problem(loadFile(write('image.txt', png))).reason).toBe('binary');
  });

  it('refuses text that is not valid UTF-8 (Latin-1)', () => {
    const latin1 = Buffer.from('Die Gr\u00f6\u00dfe der Ernte ist unklar, sagen die Bauern in der Region.', 'latin1');
    const p = problem(loadFile(write('latin1.txt', latin1)));
    expect(p.reason).toBe('invalid-utf8');
    expect(describeProblem(p)).toMatch(/latin1\.txt: the text is not valid UTF-8/);
  });

  it('reads UTF-8 with a byte-order mark', () => {
    const a = article(loadFile(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))));
    expect(a.title).toBe('Ernte');
    expect(a.body).toBe(GERMAN);
  });

  it('reads UTF-16 LE with a byte-order mark', () => {
    const a = article(loadFile(write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))));
    expect(a.language).toBe('de');
    expect(a.body).toBe(GERMAN);
  });

  it('reads UTF-16 BE with a byte-order mark', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    const a = article(loadFile(write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))));
    expect(a.language).toBe('de');
    expect(a.body).toBe(GERMAN);
  });

  it('reads CRLF line endings, and evidence offsets into the body stay exact', () => {
    const crlf = '---\r\nlanguage: en\r\ntitle: Harvest\r\n---\r\nPoor harvest ahead\r\n\r\n' + SUPPORTED_SAMPLES.en[1]!.replace('. ', '.\r\n');
    const a = article(loadFile(write('crlf.txt', crlf)));
    expect(a.title).toBe('Harvest');
    expect(a.body).not.toContain('\r');
    expect(a.sentences[0]!.text).toBe('Poor harvest ahead');
    const phrase = 'several growers told reporters';
    const start = a.body.indexOf(phrase);
    const ev = evidenceAt(a, start, start + phrase.length);
    expect(ev?.text).toBe(phrase);
    expect(a.body.slice(ev!.start, ev!.end)).toBe(phrase);
    expect(ev!.sentence).toMatch(/^Wheat yields have fallen sharply/);
    for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
  });

  it('strips terminal escape codes from the body, the title and the warnings', () => {
    const a = article(
      articleFromText(`---\nlanguage: en\ntitle: \u001b]0;owned\u0007Title\u001b[2J\nsecret\u001b[31m: x\n---\n\u001b[31m${ENGLISH}\u001b[0m\u202e`, 'x.txt', 'x'),
    );
    expect(a.title).toBe('Title');
    expect(a.body).toBe(ENGLISH);
    expect(a.warnings).toEqual([{ kind: 'unknown-field', text: 'secret' }]);
  });
});

describe('files that cannot be read', () => {
  it('refuses a file over MAX_FILE_BYTES without reading it', () => {
    const file = path.join(tmp, 'huge.txt');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 64 * MAX_FILE_BYTES); // sparse: no disk space, no time
    fs.closeSync(fd);
    const readSync = vi.spyOn(fs, 'readSync');
    const readFileSync = vi.spyOn(fs, 'readFileSync');
    const started = performance.now();
    const p = problem(loadFile(file));
    expect(performance.now() - started).toBeLessThan(200);
    expect(p.reason).toBe('too-large');
    expect(describeProblem(p)).toBe(`${file}: the file is too large for an article (over 1 MiB)`);
    expect(readSync).not.toHaveBeenCalled();
    expect(readFileSync).not.toHaveBeenCalled();
  });

  it('reads a file of exactly MAX_FILE_BYTES', () => {
    const body = 'The council met again on Tuesday and the members agreed on the plan for the new tram line. ';
    const content = body.repeat(Math.ceil(MAX_FILE_BYTES / body.length)).slice(0, MAX_FILE_BYTES);
    const a = article(loadFile(write('max.txt', content)));
    expect(a.body).toHaveLength(MAX_FILE_BYTES);
  });

  it('refuses a file without read permission (where permissions apply)', () => {
    const file = write('secret.txt', `---\nlanguage: en\n---\n${ENGLISH}`);
    lock(file);
    let readable = true;
    try {
      fs.readFileSync(file);
    } catch {
      readable = false;
    }
    const result = loadFile(file);
    if (readable) {
      // Running as root: permissions do not stop reading, so the file loads.
      expect(article(result).language).toBe('en');
    } else {
      expect(problem(result)).toEqual({ file, reason: 'unreadable', detail: 'EACCES' });
      expect(describeProblem(problem(result))).toBe(`${file}: cannot be read (permission denied)`);
    }
  });

  it('refuses a folder without read permission (where permissions apply)', () => {
    const folder = path.join(tmp, 'locked');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'story.txt'), `---\nlanguage: en\n---\n${ENGLISH}`);
    lock(folder);
    let readable = true;
    try {
      fs.readdirSync(folder);
    } catch {
      readable = false;
    }
    const { articles, problems } = loadArticles([folder]);
    if (readable) {
      expect(articles).toHaveLength(1);
      expect(problems).toEqual([]);
    } else {
      expect(articles).toEqual([]);
      expect(problems).toEqual([{ file: folder, reason: 'unreadable', detail: 'EACCES' }]);
    }
  });

  it('reports a path through a file as missing', () => {
    const file = write('plain.txt', ENGLISH);
    expect(problem(loadFile(path.join(file, 'inner.txt'))).reason).toBe('not-found');
  });

  it('reports a missing path', () => {
    const missing = path.join(tmp, 'nope', 'missing.txt');
    expect(problem(loadFile(missing))).toEqual({ file: missing, reason: 'not-found' });
    expect(loadArticles([missing])).toEqual({ articles: [], problems: [{ file: missing, reason: 'not-found' }] });
    expect(describeProblem({ file: missing, reason: 'not-found' })).toBe(`${missing}: no such file or folder`);
  });

  it('refuses a named pipe without blocking on it', () => {
    const fifo = path.join(tmp, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(problem(loadFile(fifo)).reason).toBe('not-a-file');
    expect(loadArticles([fifo]).problems).toEqual([{ file: fifo, reason: 'not-a-file' }]);
  });

  it('sanitizes escape codes in file names of problems', () => {
    const evil = path.join(tmp, 'evil\u001b]0;pwned\u0007\u001b[2Jname\u202e.txt');
    fs.writeFileSync(evil, DANISH[0]!);
    const p = problem(loadFile(evil));
    expect(p.file).toBe(path.join(tmp, 'evilname.txt'));
    expect(describeProblem(p)).not.toMatch(/[\u001b\u0007\u202e]/);
    const missing = problem(loadFile('gone\u001b[31m.txt'));
    expect(missing.file).toBe('gone.txt');
  });
});

describe('folders', () => {
  const dir = path.join(tmp, 'folder');
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(dir, '.git'));
  const put = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  put('b-second.md', `---\nlanguage: de\n---\n${GERMAN}`);
  put('a-first.txt', `---\nlanguage: en\n---\n${ENGLISH}`);
  put('sub/c-third.text', `---\nlanguage: nl\n---\n${SUPPORTED_SAMPLES.nl[0]}`);
  put('d-fourth.MARKDOWN', `---\nlanguage: es\n---\n${SUPPORTED_SAMPLES.es[0]}`);
  put('notes.json', '{"not": "an article"}');
  put('photo.png', 'not really a png');
  put('README', 'No extension, not an article.');
  put('.hidden.txt', `---\nlanguage: en\n---\n${ENGLISH}`);
  put('.git/config.txt', `---\nlanguage: en\n---\n${ENGLISH}`);
  fs.symlinkSync('missing-target.png', path.join(dir, 'broken-link.png'));

  it('loads the article files in sorted order, ignoring other extensions and hidden files', () => {
    const { articles, problems } = loadArticles([dir]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => path.relative(dir, a.file))).toEqual(['a-first.txt', 'b-second.md', 'd-fourth.MARKDOWN', 'sub/c-third.text']);
    expect(articles.map((a) => a.language)).toEqual(['en', 'de', 'es', 'nl']);
  });

  it('loads a file named twice only once', () => {
    const file = path.join(dir, 'a-first.txt');
    const { articles } = loadArticles([file, dir, file]);
    expect(articles.filter((a) => a.body === ENGLISH)).toHaveLength(1);
  });

  it('gives articles with the same header id distinct ids', () => {
    const twin = path.join(tmp, 'twins');
    fs.mkdirSync(twin);
    fs.writeFileSync(path.join(twin, 'one.txt'), `---\nid: same\nlanguage: en\n---\n${ENGLISH}`);
    fs.writeFileSync(path.join(twin, 'two.txt'), `---\nid: same\nlanguage: de\n---\n${GERMAN}`);
    const ids = loadArticles([twin]).articles.map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('reports symbolic link loops and still loads the rest', () => {
    const loopDir = path.join(tmp, 'loops');
    fs.mkdirSync(path.join(loopDir, 'inner'), { recursive: true });
    fs.writeFileSync(path.join(loopDir, 'inner', 'story.txt'), `---\nlanguage: en\n---\n${ENGLISH}`);
    fs.symlinkSync('..', path.join(loopDir, 'inner', 'back-up')); // inner/back-up -> loops
    fs.symlinkSync('self.txt', path.join(loopDir, 'self.txt')); // a link to itself
    const { articles, problems } = loadArticles([loopDir]);
    expect(articles.map((a) => path.relative(loopDir, a.file))).toEqual(['inner/story.txt']);
    expect(problems).toEqual([
      { file: path.join(loopDir, 'inner', 'back-up'), reason: 'symlink-loop' },
      { file: path.join(loopDir, 'self.txt'), reason: 'symlink-loop' },
    ]);
    expect(describeProblem(problems[0]!)).toBe(`${path.join(loopDir, 'inner', 'back-up')}: a symbolic link loops back on itself`);
  });

  it('lists a folder reached twice through links once, without calling it a loop', () => {
    const twice = path.join(tmp, 'twice');
    fs.mkdirSync(path.join(twice, 'real'), { recursive: true });
    fs.writeFileSync(path.join(twice, 'real', 'story.txt'), `---\nlanguage: en\n---\n${ENGLISH}`);
    fs.symlinkSync('real', path.join(twice, 'alias'));
    const { articles, problems } = loadArticles([twice]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
  });

  it('reports the bad files of a folder and loads the good ones', () => {
    const mixed = path.join(tmp, 'mixed');
    fs.mkdirSync(mixed);
    fs.writeFileSync(path.join(mixed, '1-good.txt'), `---\nlanguage: en\n---\n${ENGLISH}`);
    fs.writeFileSync(path.join(mixed, '2-dansk.txt'), DANISH[2]!);
    fs.writeFileSync(path.join(mixed, '3-empty.txt'), '');
    const { articles, problems } = loadArticles([mixed]);
    expect(articles.map((a) => path.basename(a.file))).toEqual(['1-good.txt']);
    expect(problems.map((p) => [path.basename(p.file), p.reason, p.detail])).toEqual([
      ['2-dansk.txt', 'unsupported-language', 'da'],
      ['3-empty.txt', 'empty', undefined],
    ]);
  });
});

describe('folders without articles or with too many', () => {
  it('names a folder that holds no article files, and loads the rest', () => {
    const empty = path.join(tmp, 'no-articles');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'photo.jpg'), 'not an article');
    const good = write('good.txt', `---\nlanguage: en\n---\n${ENGLISH}`);
    const { articles, problems } = loadArticles([good, empty]);
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ file: empty, reason: 'no-article-files' }]);
    expect(describeProblem(problems[0]!)).toBe(`${empty}: no article files in this folder (.txt, .md, .text, .markdown)`);
  });

  it('refuses a folder of more than MAX_FILES article files whole, with one problem, without reading them', () => {
    const big = path.join(tmp, 'too-many');
    fs.mkdirSync(big);
    for (let i = 0; i <= MAX_FILES; i++) fs.writeFileSync(path.join(big, `n${i}.txt`), 'x');
    const readSync = vi.spyOn(fs, 'readSync');
    const { articles, problems } = loadArticles([big]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: big, reason: 'too-many-files' }]);
    expect(readSync).not.toHaveBeenCalled();
    expect(describeProblem(problems[0]!)).toBe(
      `${big}: the folder holds more than ${MAX_FILES} article files; nothing in it was read (name a smaller folder)`,
    );
  });

  it('reads the first MAX_FILES files named and names the first one left out', () => {
    const p = { file: 'z.txt', reason: 'too-many-files', detail: '12' } as const;
    expect(describeProblem(p)).toBe(`z.txt: at most ${MAX_FILES} article files are read at once; this one and 12 more were skipped`);
    expect(describeProblem({ ...p, detail: '0' })).toBe(`z.txt: at most ${MAX_FILES} article files are read at once; this one was skipped`);
  });
});

describe('describeProblem', () => {
  const reasons: LoadProblem['reason'][] = [
    'not-found', 'unreadable', 'empty', 'whitespace', 'binary', 'invalid-utf8', 'too-large', 'too-many-files',
    'no-article-files', 'symlink-loop', 'not-a-file', 'no-text', 'unsupported-language', 'uncertain-language', 'too-short',
  ];
  it.each(reasons)('%s: one line that starts with the file', (reason) => {
    const line = describeProblem({ file: 'dir/article.txt', reason, detail: reason === 'uncertain-language' ? 'nb/da' : undefined });
    expect(line.startsWith('dir/article.txt: ')).toBe(true);
    expect(line).not.toContain('\n');
    expect(line.length).toBeGreaterThan('dir/article.txt: '.length + 10);
  });

  it.each(['de', 'nl', 'nb', 'es', 'fr'] as const)('%s: every reason and header warning in that language, one line each', (lang) => {
    for (const reason of reasons) {
      const p = { file: 'dir/article.txt', reason, detail: reason === 'uncertain-language' ? 'nb/da' : reason === 'unsupported-language' ? 'it' : undefined };
      const line = describeProblem(p, lang);
      expect(line.startsWith('dir/article.txt: ')).toBe(true);
      expect(line).not.toContain('\n');
      expect(line).not.toBe(describeProblem(p));
    }
    const kinds = ['unknown-field', 'malformed-line', 'repeated-field', 'unsupported-language', 'not-closed'] as const;
    for (const kind of kinds) {
      const line = describeWarnings('a.txt', [{ kind, text: 'author' }], lang);
      expect(line).not.toBe(describeWarnings('a.txt', [{ kind, text: 'author' }]));
      if (kind !== 'not-closed') expect(line).toContain('author');
    }
  });

  it('names an unsupported language without a guess plainly', () => {
    expect(describeProblem({ file: 'f.txt', reason: 'unsupported-language' })).toBe('f.txt: the language is not supported; supported: en, de, nl, nb, es, fr');
  });
});

describe('the bundled corpus', () => {
  it('loads every article with its header language and no problem', () => {
    const { articles, problems } = loadArticles([]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.language)).toEqual(['nb', 'de', 'nl', 'de', 'en']);
    for (const a of articles) {
      expect(a.warnings).toEqual([]);
      for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
