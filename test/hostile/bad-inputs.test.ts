/**
 * Bad article inputs through the real CLI: each bad file sits in a folder next to
 * one good article. The user sees exactly one line naming the bad file and the
 * reason, the good article is still processed, the exit code is the documented
 * one (4: some inputs skipped, 3: none loaded), and no stack trace appears.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILES } from '../../src/corpus/load.js';
import { distCli, ensureBuilt, runDist, runMain, STACK_LINE, type Run } from './cli-run.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-bad-'));
// Readable by everyone: the permission test runs the CLI as another user when we are root.
fs.chmodSync(tmp, 0o755);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A short English report with four facts: revenue £84 million, revenue growth 6 %, a CEO, Reuters cited. */
const GOOD =
  'Ferry operator reports record year\n\n' +
  'Harbourside Ferries reported revenue of £84 million for last year, up 6% on the year before, the company said on Monday. ' +
  'Its chief executive, Maria Lund, said the operator would add two electric vessels to the fleet by 2027. ' +
  'According to Reuters, the city council has agreed to pay for a new passenger terminal.\n';

/** A real report with no figure, no institution, no person and no source. */
const NO_FACTS =
  'Footbridge to be inspected before winter\n\n' +
  'The parish council met on a wet evening in the village hall to talk about the old footbridge over the river. ' +
  'Residents said the bridge had become slippery and that children use it every morning on their way to school. ' +
  'The members agreed to ask an engineer to look at it before the winter sets in, and to put up a notice in the meantime.\n';

const ITALIAN =
  'Il consiglio comunale ha approvato martedì il prolungamento della linea del tram fino ai quartieri settentrionali, ' +
  'un progetto di cui si discute da più di dieci anni. Secondo i sostenitori la nuova linea ridurrà i tempi di viaggio ' +
  'e il traffico nel centro, mentre gli oppositori temono che i costi possano aumentare molto. I lavori dovrebbero iniziare la prossima primavera.\n';

const DANISH =
  'Kommunalbestyrelsen besluttede i aftes at lukke den gamle svømmehal ved udgangen af året, fordi bygningen er nedslidt. ' +
  'Mange forældre er utilfredse med beslutningen, og de siger, at børnene nu skal køre langt for at lære at svømme. ' +
  'Borgmesteren lover, at der bliver bygget en ny hal, men hun kan endnu ikke sige hvornår.\n';

let counter = 0;
/** A fresh folder holding good.txt and the bad input `name` (made by `make`); returns both paths. */
function pair(name: string, make: (file: string) => void): { dir: string; good: string; bad: string } {
  const dir = path.join(tmp, `case-${counter++}`);
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o755);
  const good = path.join(dir, 'good.txt');
  fs.writeFileSync(good, GOOD);
  const bad = path.join(dir, name);
  make(bad);
  return { dir, good, bad };
}
const writing = (content: string | Uint8Array) => (file: string) => fs.writeFileSync(file, content);

/** The stderr lines (without the program name). */
const lines = (err: string) => err.split('\n').filter(Boolean).map((l) => l.replace(/^eternaut-quiz: /, ''));

/** The good article was processed: `facts` found its revenue. */
function expectGoodProcessed(run: Run, good: string): void {
  expect(run.out).toContain(`${good} (en): Ferry operator reports record year`);
  expect(run.out).toContain('revenue: 84000000 GBP');
}

function expectClean(run: Run): void {
  expect(run.err).not.toMatch(STACK_LINE);
  expect(run.err + run.out).not.toMatch(/internal error/);
}

/** facts on the folder: one line `<bad>: <reason>`, the good article processed, exit 4. */
async function expectSkipped(name: string, make: (file: string) => void, reason: string): Promise<void> {
  const { dir, good, bad } = pair(name, make);
  const run = await runMain(['facts', dir]);
  expect(lines(run.err)).toEqual([`${bad}: ${reason}`]);
  expectGoodProcessed(run, good);
  expect(run.code).toBe(4);
  expectClean(run);
}

describe('bad files next to a good one (facts on the folder)', () => {
  it('an empty file', () => expectSkipped('empty.txt', writing(''), 'the file is empty'));

  it('a file of white space only', () => expectSkipped('blank.txt', writing(' \n\t\n   \r\n'), 'the file holds only white space'));

  it('binary content with NUL bytes', () =>
    expectSkipped('photo.txt', writing(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), 'this is a binary file, not text'));

  it('invalid UTF-8 (a Latin-1 file)', () =>
    expectSkipped('latin1.txt', writing(Buffer.from('Le café était fermé à cause de la grève des employés.', 'latin1')), 'the text is not valid UTF-8 (save it as UTF-8)'));

  it('a header with no text below it', () =>
    expectSkipped('header-only.txt', writing('---\nlanguage: en\ntitle: Nothing here\n---\n\n'), 'the file has a header but no article text'));

  it('an unsupported language (Italian) is named as such', () =>
    expectSkipped('tram.txt', writing(ITALIAN), 'the language is not supported (it looks like Italian); supported: en, de, nl, nb, es, fr'));

  it('an unsupported language (Danish) is named as such', () =>
    expectSkipped('svoemmehal.txt', writing(DANISH), 'the language is not supported (it looks like Danish); supported: en, de, nl, nb, es, fr'));

  it('a symbolic link loop', () =>
    expectSkipped('loop.txt', (file) => fs.symlinkSync(path.basename(file), file), 'a symbolic link loops back on itself'));

  it('a file named directly that does not exist', async () => {
    const { good } = pair('unused.txt', () => {});
    const missing = path.join(tmp, 'no-such-article.txt');
    const run = await runMain(['facts', good, missing]);
    expect(lines(run.err)).toEqual([`${missing}: no such file or folder`]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
  });

  it('a folder without article files is named once', async () => {
    const { good } = pair('unused.txt', () => {});
    const photos = path.join(tmp, 'photos');
    fs.mkdirSync(photos);
    fs.writeFileSync(path.join(photos, 'ferry.jpg'), 'not an article');
    const run = await runMain(['facts', good, photos]);
    expect(lines(run.err)).toEqual([`${photos}: no article files in this folder (.txt, .md, .text, .markdown)`]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
  });

  it('exits 3 with the reason and one closing line when nothing loads', async () => {
    const { bad } = pair('empty.txt', writing(''));
    const run = await runMain(['facts', bad]);
    expect(lines(run.err)).toEqual([`${bad}: the file is empty`, 'no article could be loaded']);
    expect(run.out).toBe('');
    expect(run.code).toBe(3);
    expectClean(run);
  });
});

describe('files read correctly despite their form', () => {
  /** The facts of the good article, for comparison. */
  async function factsOf(file: string): Promise<Array<{ kind: string; evidence: { text: string; sentence: string } }>> {
    const run = await runMain(['facts', '--json', file]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    return (JSON.parse(run.out) as Array<{ facts: Array<{ kind: string; evidence: { text: string; sentence: string } }> }>)[0]!.facts;
  }

  it('UTF-16 LE and BE with a byte-order mark read like UTF-8', async () => {
    const { good } = pair('unused.txt', () => {});
    const expected = await factsOf(good);
    expect(expected.map((f) => f.kind)).toEqual(expect.arrayContaining(['money', 'percent', 'person', 'source']));
    const le = path.join(tmp, 'utf16le.txt');
    fs.writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const be = path.join(tmp, 'utf16be.txt');
    fs.writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]));
    expect(await factsOf(le)).toEqual(expected);
    expect(await factsOf(be)).toEqual(expected);
  });

  it('CRLF line endings: the same facts, and no \\r in any evidence sentence', async () => {
    const { good } = pair('unused.txt', () => {});
    const crlf = path.join(tmp, 'crlf.txt');
    fs.writeFileSync(crlf, GOOD.replace(/\n/g, '\r\n'));
    const facts = await factsOf(crlf);
    expect(facts).toEqual(await factsOf(good));
    for (const f of facts) expect(f.evidence.sentence + f.evidence.text).not.toContain('\r');
    const summary = await runMain(['summary', '--json', crlf]);
    expect(summary.out).not.toContain('\\r');
  });

  it('a header with an unknown field and a malformed line: one warning line, the article loads (exit 0)', async () => {
    const { dir, bad } = pair('with-header.txt', writing(`---\nlanguage: en\ntitle: Ferries add electric boats\nauthor: Jane Roe\nthis is not a field\n---\n${GOOD}`));
    const run = await runMain(['facts', dir]);
    expect(lines(run.err)).toEqual([`${bad}: unknown header field “author” (ignored); header line “this is not a field” is not "key: value" (ignored)`]);
    expect(run.out).toContain(`${bad} (en): Ferries add electric boats`);
    expect(run.code).toBe(0);
  });

  it('a header whose language is unsupported: one warning line, the language is detected', async () => {
    const { bad } = pair('it-header.txt', writing(`---\nlanguage: it\n---\n${GOOD}`));
    const run = await runMain(['facts', bad]);
    expect(lines(run.err)).toEqual([`${bad}: header language “it” is not supported (the language is detected from the text)`]);
    expect(run.out).toContain(`${bad} (en): Ferry operator reports record year`);
    expect(run.code).toBe(0);
  });

  it('a header never closed: one warning line, everything is read as text', async () => {
    const { bad } = pair('open-header.txt', writing(`---\nlanguage: en\n${GOOD}`));
    const run = await runMain(['facts', bad]);
    expect(lines(run.err)).toEqual([`${bad}: the header is not closed by a "---" line within 40 lines (it is read as article text)`]);
    expect(run.out).toContain('revenue: 84000000 GBP');
    expect(run.code).toBe(0);
  });
});

describe('a text with no facts at all', () => {
  const file = path.join(tmp, 'footbridge.txt');
  fs.writeFileSync(file, NO_FACTS);

  it('loads; facts lists none', async () => {
    const run = await runMain(['facts', file]);
    expect(run.out).toBe(`${file} (en): Footbridge to be inspected before winter\n  no facts found\n\n`);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });

  it('the summary invents nothing: it says so and quotes only sentences of the article', async () => {
    const run = await runMain(['summary', '--json', file]);
    expect(run.code).toBe(0);
    const [s] = JSON.parse(run.out) as Array<{ lead: unknown; sentences: unknown[]; quotes: string[] }>;
    expect(s!.sentences).toEqual([]);
    for (const q of s!.quotes) expect(NO_FACTS).toContain(q);
    const text = await runMain(['summary', file]);
    expect(text.out).toContain('The article states no facts that a summary could use.');
  });

  it('questions builds no question and says so', async () => {
    const run = await runMain(['questions', '--json', file]);
    expect(JSON.parse(run.out)).toMatchObject({ questions: [] });
    expect(lines(run.err)).toEqual(['no question could be built: the articles state too few facts with a certain answer']);
    expect(run.code).toBe(0);
  });

  it('questions and export say so in the language of the questions', async () => {
    const nb = await runMain(['questions', '--lang', 'nb', file]);
    expect(lines(nb.err)).toEqual(['det kunne ikke lages noen spørsmål: artiklene oppgir for få fakta med et sikkert svar']);
    expect(nb.code).toBe(0);
    const es = await runMain(['export', '--format', 'gift', '--lang', 'es', file]);
    expect(lines(es.err)).toEqual(['no se ha podido crear ninguna pregunta: los artículos dan muy pocos datos con una respuesta segura']);
    expect(es.out).toBe('');
    expect(es.code).toBe(3);
  });

  it('the lesson (plain, without a terminal) says no questions could be made', async () => {
    const run = await runMain(['quiz', '--lang', 'en', file]);
    expect(run.out).toContain('No questions could be made from these articles.');
    expect(run.code).toBe(0);
    expectClean(run);
  });
});

describe('a folder of 10,000 files', () => {
  const many = path.join(tmp, 'many');
  beforeAll(() => {
    fs.mkdirSync(many);
    for (let i = 0; i < 10_000; i++) fs.writeFileSync(path.join(many, `note-${String(i).padStart(5, '0')}.txt`), GOOD);
  });

  it(`is refused whole with one line (more than ${MAX_FILES} article files), fast, and the other inputs still load`, async () => {
    const { good } = pair('unused.txt', () => {});
    const started = performance.now();
    const run = await runMain(['facts', good, many]);
    const ms = performance.now() - started;
    expect(lines(run.err)).toEqual([`${many}: the folder holds more than ${MAX_FILES} article files; nothing in it was read (name a smaller folder)`]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
    // Measured at about 60 ms; the bound leaves room for a slow machine.
    expect(ms).toBeLessThan(2000);
  });

  it(`named file by file: the first ${MAX_FILES} are read, one line for the rest`, () => {
    const files = fs.readdirSync(many).sort().map((n) => path.join(many, n));
    const run = runDist(['facts', '--json', ...files.slice(0, MAX_FILES + 3)], { maxBuffer: 1 << 30, timeout: 120_000 });
    expect(lines(run.err)).toEqual([`${files[MAX_FILES]}: at most ${MAX_FILES} article files are read at once; this one and 2 more were skipped`]);
    expect(run.code).toBe(4);
  }, 120_000);
});

describe('through the built bundle', () => {
  beforeAll(ensureBuilt);

  it('a 50 MB file is refused within 2 s with bounded memory', () => {
    const { dir, good, bad } = pair('huge.txt', (file) => fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'All work and no play. ')));
    const run = runDist(['facts', dir], { measure: true });
    expect(lines(run.err)).toEqual([`${bad}: the file is too large for an article (over 1 MiB)`]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
    expectClean(run);
    expect(run.ms).toBeLessThan(2000);
    expect(run.maxRssMb).toBeGreaterThan(0);
    expect(run.maxRssMb).toBeLessThan(200);
  });

  it('a file without read permission', () => {
    const { dir, good, bad } = pair('secret.txt', (file) => {
      fs.writeFileSync(file, GOOD);
      fs.chmodSync(file, 0o000);
    });
    // As root, permissions do not stop reading: the CLI then runs as the unprivileged user "nobody".
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = runDist(['facts', dir], asUser);
    expect(lines(run.err)).toEqual([`${bad}: cannot be read (permission denied)`]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
    expectClean(run);
  });

  it('symbolic link loops: a link to itself, two links to each other, a folder link back up', () => {
    const { dir, good } = pair('self.txt', (file) => fs.symlinkSync('self.txt', file));
    fs.symlinkSync('b.txt', path.join(dir, 'a.txt'));
    fs.symlinkSync('a.txt', path.join(dir, 'b.txt'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    const run = runDist(['facts', dir]);
    expect(lines(run.err)).toEqual([
      `${path.join(dir, 'a.txt')}: a symbolic link loops back on itself`,
      `${path.join(dir, 'b.txt')}: a symbolic link loops back on itself`,
      `${path.join(dir, 'self.txt')}: a symbolic link loops back on itself`,
      `${path.join(dir, 'sub', 'up')}: a symbolic link loops back on itself`,
    ]);
    expectGoodProcessed(run, good);
    expect(run.code).toBe(4);
    expectClean(run);
  });

  it('output to a pipe closed early ends quietly, without a stack trace', () => {
    // `true` exits without reading, so every write of the CLI meets a closed pipe.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${distCli}" facts | true`], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('the reason in the reader language', () => {
  const cases: Array<[string, string]> = [
    ['en', 'the file is empty'],
    ['de', 'die Datei ist leer'],
    ['nl', 'het bestand is leeg'],
    ['nb', 'filen er tom'],
    ['es', 'el archivo está vacío'],
    ['fr', 'le fichier est vide'],
  ];
  it.each(cases)('summary --lang %s', async (lang, reason) => {
    const { dir, bad } = pair('empty.txt', writing(''));
    const run = await runMain(['summary', '--lang', lang, dir]);
    expect(lines(run.err)).toEqual([`${bad}: ${reason}`]);
    expect(run.code).toBe(4);
  });

  const italian: Array<[string, string]> = [
    ['en', 'the language is not supported (it looks like Italian); supported: en, de, nl, nb, es, fr'],
    ['de', 'die Sprache wird nicht unterstützt (der Text sieht nach Italienisch aus); unterstützt: en, de, nl, nb, es, fr'],
    ['nl', 'deze taal wordt niet ondersteund (de tekst lijkt Italiaans); ondersteund: en, de, nl, nb, es, fr'],
    ['nb', 'språket støttes ikke (teksten ser ut til å være på italiensk); støttede språk: en, de, nl, nb, es, fr'],
    ['es', 'el idioma no es compatible (parece estar en italiano); idiomas compatibles: en, de, nl, nb, es, fr'],
    ['fr', 'la langue n’est pas prise en charge (le texte semble écrit en italien)\u00a0; langues prises en charge\u00a0: en, de, nl, nb, es, fr'],
  ];
  it.each(italian)('questions --lang %s names the language in that language', async (lang, reason) => {
    const { dir, bad } = pair('tram.txt', writing(ITALIAN));
    const run = await runMain(['questions', '--json', '--lang', lang, dir]);
    expect(lines(run.err)[0]).toBe(`${bad}: ${reason}`);
    expect(run.code).toBe(4);
  });

  it('facts (no --lang) follows the locale, and so does the closing line', async () => {
    const { bad } = pair('empty.txt', writing(''));
    const run = await runMain(['facts', bad], { LANG: 'nb_NO.UTF-8' });
    expect(lines(run.err)).toEqual([`${bad}: filen er tom`, 'ingen artikler kunne lastes inn']);
    expect(run.code).toBe(3);
  });

  it('the lesson (plain) --lang es tells a skipped file in Spanish', async () => {
    const { dir, bad } = pair('vacio.txt', writing(''));
    const run = await runMain(['quiz', '--lang', 'es', dir], { LANG: 'de_DE.UTF-8' });
    expect(lines(run.err)[0]).toBe(`${bad}: el archivo está vacío`);
    expect(run.code).toBe(4);
  });

  it('compare --lang de tells header warnings in German', async () => {
    const { bad } = pair('kopf.txt', writing(`---\nlanguage: en\nautor: Jane Roe\n---\n${GOOD}`));
    const run = await runMain(['compare', '--lang', 'de', bad]);
    expect(lines(run.err)).toEqual([`${bad}: unbekanntes Feld „autor“ im Kopfbereich (ignoriert)`]);
    expect(run.code).toBe(0);
  });
});
