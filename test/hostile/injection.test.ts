/**
 * Terminal injection: article text, header fields, file names, banks, answers and
 * results files carrying escape sequences (CSI, OSC title and clipboard writes),
 * C0 and C1 controls and bidirectional overrides. None of it reaches the output
 * raw, in any command, in the human and the --json forms; JSON still parses and
 * the text around the escapes stays readable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzip } from '../export/unzip.js';
import { runMain, STACK_LINE, type Run } from './cli-run.js';

const ESC = '\u001b';
const BEL = '\u0007';
const CLEAR = `${ESC}[2J`;
const HOME = `${ESC}[H`;
const TITLE = `${ESC}]0;pwned${BEL}`;
const CLIPBOARD = `${ESC}]52;c;aGk=${BEL}`;
const CSI8 = '\u009b2J';
const OSC8 = `\u009d0;pwned${BEL}`;
const RLO = '\u202e';
const ISOLATES = '\u2066\u2067\u2068\u2069';

/** What a terminal could act on: ESC, other C0 controls but newline and tab (which TSV and GIFT use), DEL, C1, bidi embeddings, overrides and isolates. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectInert(text: string, what: string): void {
  const found = ACTIVE.exec(text);
  expect(found && `${what}: U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${found.index}: ${JSON.stringify(text.slice(Math.max(0, found.index - 30), found.index + 10))}`).toBeNull();
}

function expectClean(run: Run, what: string, options: { crlf?: boolean } = {}): void {
  // CSV lines end in CRLF (RFC 4180); a lone CR would still be caught.
  expectInert(options.crlf ? run.out.replace(/\r\n/g, '\n') : run.out, `${what} stdout`);
  expectInert(run.err, `${what} stderr`);
  expect(run.err).not.toMatch(STACK_LINE);
  expect(run.err).not.toMatch(/internal error/);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-inject-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** An English report whose title, header fields, sentences, quotes and names all carry escapes. */
const EVIL_ARTICLE = [
  '---',
  `language: en`,
  `title: Studio ${TITLE}says AI ${CLEAR}cut costs${RLO}`,
  `outlet: The ${CLIPBOARD}Harbour Ledger${CSI8}`,
  `date: 2025-09-18${HOME}`,
  `url: https://news.example/studio${CLEAR}`,
  '---',
  `Harbour ${ESC}[31mLights${ESC}[0m Games, the studio behind the series Tide${RLO}walkers, says a new tool lets its artists animate crowd scenes four times faster than before.`,
  '',
  `Its chief executive, Fiona ${TITLE}Grant, said revenue rose to £40 million last year,${BEL} up 12% on the year before.\rThe figures were over${'\u0008'.repeat(4)}written.`,
  '',
  `"We could never have made this ${CLIPBOARD}within our budget," Grant told Reuters${OSC8}. According to the ${ISOLATES[0]}Financial Times${ISOLATES[3]}, the studio employs 120 people.${BEL}`,
  '',
  `Analyst Tom ${HOME}Baker of ${CSI8}MediaWatch said the growth was expected.${RLO}`,
  '',
].join('\n');

/** A German report without escapes, so that compare and the questions across articles have a second article. */
const GERMAN = [
  '---',
  'language: de',
  'title: Trickfilmstudio spart Zeit',
  '---',
  'Das Studio Harbour Lights Games setzt nach eigenen Angaben ein neues Werkzeug ein, mit dem Massenszenen viermal schneller animiert werden.',
  'Laut Reuters stieg der Umsatz im vergangenen Jahr auf 40 Millionen Pfund.',
  '',
].join('\n');

const evil = path.join(tmp, 'evil.txt');
fs.writeFileSync(evil, EVIL_ARTICLE);
const german = path.join(tmp, 'german.txt');
fs.writeFileSync(german, GERMAN);
/** The same article under a file name that carries escapes. */
const evilName = path.join(tmp, `studio${TITLE}${CLEAR}${RLO}.txt`);
fs.writeFileSync(evilName, EVIL_ARTICLE);
const shownName = path.join(tmp, 'studio.txt');
const articles = [evil, evilName, german];

describe('article text with escapes, through every command', () => {
  it('facts: clean in both forms; the JSON keeps the words around the escapes', async () => {
    const human = await runMain(['facts', ...articles]);
    expectClean(human, 'facts');
    expect(human.code).toBe(0);
    expect(human.out).toContain(`${evil} (en): Studio says AI cut costs`);
    expect(human.out).toContain(`${shownName} (en): Studio says AI cut costs`);

    const json = await runMain(['facts', '--json', ...articles]);
    expectClean(json, 'facts --json');
    const parsed = JSON.parse(json.out) as Array<{ file: string; title: string; facts: Array<{ kind: string; name?: string; amount?: number }> }>;
    expect(parsed.map((a) => a.file)).toEqual([evil, shownName, german]);
    expect(parsed[0]!.title).toBe('Studio says AI cut costs');
    expect(parsed[0]!.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'person', name: 'Fiona Grant' }),
        expect.objectContaining({ kind: 'money', amount: 40_000_000 }),
        expect.objectContaining({ kind: 'source', name: 'Financial Times' }),
        expect.objectContaining({ kind: 'person', name: 'Tom Baker' }),
      ]),
    );
  });

  it('summary: clean in every language and in JSON', async () => {
    for (const lang of ['en', 'de', 'nl', 'nb', 'es', 'fr']) {
      const human = await runMain(['summary', '--lang', lang, ...articles]);
      expectClean(human, `summary --lang ${lang}`);
      expect(human.code).toBe(0);
    }
    const json = await runMain(['summary', '--json', evil]);
    expectClean(json, 'summary --json');
    const [s] = JSON.parse(json.out) as Array<{ sentences: Array<{ evidence: Array<{ text: string }> }>; quotes: string[] }>;
    expect(s!.sentences.length).toBeGreaterThan(0);
    expect(s!.quotes.join(' ')).not.toMatch(/pwned|aGk=|\[2J/);
  });

  it('questions: clean in both forms', async () => {
    const human = await runMain(['questions', '--lang', 'en', ...articles]);
    expectClean(human, 'questions');
    const json = await runMain(['questions', '--json', '--lang', 'fr', ...articles]);
    expectClean(json, 'questions --json');
    const bank = JSON.parse(json.out) as { questions: Array<{ stem: string; articles: string[] }> };
    expect(bank.questions.length).toBeGreaterThan(0);
    expect(bank.questions.flatMap((q) => q.articles)).toContain(shownName);
  });

  it.each(['gift', 'moodle-xml', 'anki', 'csv', 'markdown'])('export --format %s: clean', async (format) => {
    const run = await runMain(['export', '--format', format, '--lang', 'de', ...articles]);
    expectClean(run, `export ${format}`, { crlf: format === 'csv' });
    expect(run.out.length).toBeGreaterThan(100);
  });

  it('export --format qti: every file of the archive is clean', async () => {
    const zip = path.join(tmp, 'quiz.zip');
    const run = await runMain(['export', '--format', 'qti', '--lang', 'nb', '-o', zip, ...articles]);
    expectClean(run, 'export qti');
    const files = unzip(fs.readFileSync(zip));
    expect(files.size).toBeGreaterThan(1);
    for (const [name, content] of files) expectInert(content, `qti ${name}`);
  });

  it('compare: clean in both forms', async () => {
    const human = await runMain(['compare', '--lang', 'es', ...articles]);
    expectClean(human, 'compare');
    expect(human.out).toContain(shownName);
    const json = await runMain(['compare', '--json', ...articles]);
    expectClean(json, 'compare --json');
    expect(() => JSON.parse(json.out) as unknown).not.toThrow();
  });

  it('the lesson as plain text (no terminal): clean', async () => {
    const run = await runMain(['quiz', '--lang', 'nl', ...articles]);
    expectClean(run, 'quiz');
    expect(run.out).toContain('Studio says AI cut costs');
  });
});

describe('file names with escapes', () => {
  it('the problem line names the file without its escapes', async () => {
    const empty = path.join(tmp, `empty${CLIPBOARD}${CSI8}${ISOLATES}.txt`);
    fs.writeFileSync(empty, '');
    const run = await runMain(['facts', empty, german]);
    expectClean(run, 'facts with a bad evil name');
    expect(run.err).toBe(`eternaut-quiz: ${path.join(tmp, 'empty.txt')}: the file is empty\n`);
    expect(run.code).toBe(4);
  });

  it('a missing file, a missing bank and an output path with escapes: one clean line each', async () => {
    const missing = await runMain(['summary', path.join(tmp, `gone${TITLE}.txt`)]);
    expectClean(missing, 'missing article');
    expect(missing.err).toContain(`${path.join(tmp, 'gone.txt')}: no such file or folder`);
    expect(missing.code).toBe(3);

    const bank = await runMain(['export', '--format', 'gift', '--bank', path.join(tmp, `bank${CLEAR}.json`)]);
    expectClean(bank, 'missing bank');
    expect(bank.code).toBe(5);

    const output = await runMain(['export', '--format', 'csv', '-o', path.join(tmp, `no-such-dir${TITLE}`, 'out.csv'), german]);
    expectClean(output, 'unwritable output');
    expect(output.code).toBe(5);
  });

  it('flags with escapes are refused in one clean line', async () => {
    for (const args of [
      ['summary', '--lang', `de${TITLE}`],
      ['export', '--format', `gift${CLEAR}`, german],
      ['questions', '--seed', `1${CLIPBOARD}`, german],
      ['facts', `--nope${TITLE}${CLEAR}`, german],
    ]) {
      const run = await runMain(args);
      expectClean(run, args.join(' '));
      expect(run.code).toBe(2);
    }
  });
});

describe('banks, answers and results files with escapes', () => {
  /** A real bank of the two clean articles, then escapes put into every kind of string. */
  async function evilBank(): Promise<string> {
    const run = await runMain(['questions', '--json', '--lang', 'en', german, evil]);
    const bank = JSON.parse(run.out) as { questions: Array<{ stem: string; options: string[]; explanation: string; evidence: Array<{ file: string; text: string; sentence: string }>; articles: string[] }> };
    expect(bank.questions.length).toBeGreaterThan(1);
    for (const q of bank.questions) {
      q.stem = `${CLEAR}${q.stem}${TITLE}${RLO}`;
      q.options = q.options.map((o, i) => `${o}${HOME}${i === 0 ? CSI8 : OSC8}`);
      q.explanation = `${CLIPBOARD}${q.explanation}\u0008${BEL}`;
      for (const e of q.evidence) {
        e.file = `evil${TITLE}.txt`;
        e.sentence = `${CLEAR}${e.sentence}`;
      }
      q.articles = q.articles.map((a) => `${a}${ISOLATES}`);
    }
    const file = path.join(tmp, 'evil-bank.json');
    fs.writeFileSync(file, JSON.stringify(bank));
    return file;
  }

  function answersFor(bankFile: string): string {
    const bank = JSON.parse(fs.readFileSync(bankFile, 'utf8')) as { questions: Array<{ id: string }> };
    const file = path.join(tmp, 'answers.json');
    fs.writeFileSync(file, JSON.stringify({ name: `Ana ${TITLE}${CLEAR}${RLO}Ruiz`, answers: Object.fromEntries(bank.questions.map((q) => [q.id, 'A'])) }));
    return file;
  }

  it('grade: clean in both forms, and the results file saved holds no escape', async () => {
    const bank = await evilBank();
    const answers = answersFor(bank);
    const human = await runMain(['grade', '--bank', bank, '--answers', answers]);
    expectClean(human, 'grade');
    expect(human.code).toBe(0);
    const saved = path.join(tmp, `saved${TITLE}`);
    fs.mkdirSync(saved);
    const json = await runMain(['grade', '--json', '--bank', bank, '--answers', answers, '--save', saved]);
    expectClean(json, 'grade --json');
    expect(() => JSON.parse(json.out) as unknown).not.toThrow();
    expect(json.err).toMatch(new RegExp(`results saved to ${path.join(tmp, 'saved')}/results-`));
    const [results] = fs.readdirSync(saved);
    const content = fs.readFileSync(path.join(saved, results!), 'utf8');
    expectInert(content, 'results file');
    expect(content).not.toContain('\\u001b');
    expect((JSON.parse(content) as { name: string }).name).toBe('Ana Ruiz');
  });

  it('export --bank: every format clean', async () => {
    const bank = await evilBank();
    for (const format of ['gift', 'moodle-xml', 'anki', 'csv', 'markdown']) {
      const run = await runMain(['export', '--format', format, '--bank', bank]);
      expectClean(run, `export --bank ${format}`, { crlf: format === 'csv' });
    }
  });

  it('report: results files with escapes in names, stems, options and articles, clean in both forms', async () => {
    const bank = await evilBank();
    const dir = path.join(tmp, 'results');
    fs.mkdirSync(dir);
    await runMain(['grade', '--bank', bank, '--answers', answersFor(bank), '--save', path.join(dir, 'ana.json')]);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'ana.json'), 'utf8')) as { name: string; questions: Array<{ stem: string; options: string[]; articles: string[] }> };
    const stems = data.questions.map((q) => q.stem);
    data.name = `Ana ${TITLE}${RLO}Ruiz${CSI8}`;
    for (const q of data.questions) {
      q.stem = `${q.stem}${CLIPBOARD}`;
      q.options = q.options.map((o) => `${OSC8}${o}`);
      q.articles = q.articles.map((a) => `${a}${CLEAR}`);
    }
    fs.writeFileSync(path.join(dir, 'ana.json'), JSON.stringify(data));
    for (const args of [['report', '--lang', 'de', dir], ['report', '--json', dir]]) {
      const run = await runMain(args);
      expectClean(run, args.join(' '));
      expect(run.code).toBe(0);
    }
    // The questions missed are named by their stems, as they read without the escapes.
    const report = JSON.parse((await runMain(['report', '--json', dir])).out) as { mostMissed: Array<{ stem: string }> };
    expect(report.mostMissed.length).toBeGreaterThan(0);
    for (const m of report.mostMissed) expect(stems).toContain(m.stem);
  });

  it('a bank whose unknown field name carries escapes: one clean line, exit 5', async () => {
    const bank = path.join(tmp, 'odd-bank.json');
    fs.writeFileSync(bank, JSON.stringify({ language: 'en', seed: 1, questions: [], [`x${TITLE}${CLEAR}`]: 1 }));
    const run = await runMain(['export', '--format', 'gift', '--bank', bank]);
    expectClean(run, 'odd bank');
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(5);
  });
});
