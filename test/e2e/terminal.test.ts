/**
 * The terminal around the installed `eternaut-quiz`, driven in tmux: Ctrl-C,
 * `q` and signals on every screen put the terminal back (alternate screen
 * left, cursor shown, raw mode off, no frame left behind) and save the answers
 * given; tiny terminals get a request for a larger one; a resize in the middle
 * of a question leaves one coherent frame; without a terminal there is no Ink
 * and no escape code; and escape sequences, control and bidi characters in
 * article text never reach the terminal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import type { ArticleFacts } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { readResults } from '../../src/quiz/results.js';
import type { Question } from '../../src/quiz/types.js';
import { displayWidth } from '../../src/text/width.js';
import { installPacked, type Installed } from './install.js';
import { Pane } from './tmux.js';

const SEED = 7;
const COUNT = 3;
const QUIZ = ['--lang', 'en', '--seed', String(SEED), '--count', String(COUNT)];
const panes: Pane[] = [];
let installed: Installed;
let corpus: ArticleFacts[];
let cases = 0;

/** The English questions the installed program asks, in order. */
const questions = (): Question[] => generateQuestions(corpus, 'en', { seed: SEED, count: COUNT });

interface Opened {
  pane: Pane;
  /** This pane's results folder. */
  results: string;
}

/** The installed program in a pane of its own, with its own results and data folders. */
function open(columns: number, rows: number, args: string[], command?: (bin: string) => string[]): Opened {
  const dir = path.join(installed.tmp, `case-${++cases}`);
  const results = path.join(dir, 'results');
  const env = { TERM: 'xterm-256color', LANG: 'en_GB.UTF-8', XDG_DATA_HOME: path.join(dir, 'data'), HOME: dir };
  const pane = new Pane({ columns, rows, cwd: installed.app, env, command: command ? command(installed.bin) : [installed.bin, ...args, '--results', results] });
  panes.push(pane);
  return { pane, results };
}

const lines = (screen: string) => screen.split('\n').map((l) => l.trimEnd());

/**
 * Waits for the program to end, then checks the terminal is the shell's again:
 * the exit code, canonical mode and echo on, the alternate screen left, the
 * cursor shown, and on the screen only the program's last words and the exit line.
 * Returns the results file named, if any.
 */
async function leaves(pane: Pane, code: number, said: RegExp[]): Promise<string | undefined> {
  const screen = await pane.waitFor(/\[exit \d+\]\n.*(icanon|echo)/, 20_000);
  const shown = lines(screen).filter(Boolean);
  const at = shown.findIndex((l) => /^\[exit \d+\]$/.test(l));
  expect(shown[at]).toBe(`[exit ${code}]`);
  expect(shown[at + 1]!.split(/\s+/).sort()).toEqual(['echo', 'icanon']);
  expect(pane.flags()).toEqual({ alternate: false, cursor: true });
  const before = shown.slice(0, at);
  expect(before).toHaveLength(said.length);
  said.forEach((pattern, i) => expect(before[i]).toMatch(pattern));
  return /Results saved to: (\S+\.json)/.exec(screen)?.[1];
}

/** Answers the current question (1–4) and waits for its feedback. */
async function answer(pane: Pane, choice: number): Promise<string> {
  pane.press(String(choice));
  return pane.waitFor(/✓ Correct!|✗ Wrong\./);
}

/** The choices saved in a results file, null where unanswered. */
const chosen = (file: string) => readResults(file).questions.map((q) => q.chosen);

const SAVED = /^Results saved to: \S+\.json$/;
const TOO_SMALL = /too\s+small/;

beforeAll(() => {
  installed = installPacked();
  corpus = extractAll(loadBundledCorpus().articles);
}, 240_000);

afterAll(() => {
  for (const pane of panes) pane.close();
  installed?.remove();
});

describe.concurrent('leaving: Ctrl-C on every screen, q, SIGTERM and SIGHUP put the terminal back', () => {
  const reachQuestion = async (pane: Pane, number: number) => {
    await pane.waitFor(`Question ${number} of ${COUNT}`, 60_000);
  };

  const cases: { screen: string; args: string[]; size?: [number, number]; reach: (pane: Pane) => Promise<void>; saved: (() => (number | null)[]) | null }[] = [
    { screen: 'the language picker', args: [], reach: async (pane) => void (await pane.waitFor('Choose your language', 60_000)), saved: null },
    { screen: 'the menu', args: QUIZ, reach: async (pane) => void (await pane.waitFor('What would you like to do?', 60_000)), saved: null },
    {
      screen: 'a summary with its original sentences',
      args: QUIZ,
      reach: async (pane) => {
        await pane.waitFor('What would you like to do?', 60_000);
        pane.press('Enter');
        await pane.waitFor('Article 1 of 5');
        pane.press('o');
        await pane.waitFor('Original: ');
      },
      saved: null,
    },
    {
      screen: 'the comparison',
      args: QUIZ,
      reach: async (pane) => {
        await pane.waitFor('What would you like to do?', 60_000);
        pane.press('Down', 'Down', 'Enter');
        await pane.waitFor('5 articles compared');
      },
      saved: null,
    },
    {
      screen: 'a question, one answered before',
      args: [...QUIZ, '--no-summary'],
      reach: async (pane) => {
        await reachQuestion(pane, 1);
        await answer(pane, 1);
        pane.press('Enter');
        await reachQuestion(pane, 2);
      },
      saved: () => [0, null, null],
    },
    {
      screen: 'the feedback',
      args: [...QUIZ, '--no-summary'],
      reach: async (pane) => {
        await reachQuestion(pane, 1);
        await answer(pane, 2);
      },
      saved: () => [1, null, null],
    },
    {
      screen: 'the "leave the quiz?" question',
      args: [...QUIZ, '--no-summary'],
      reach: async (pane) => {
        await reachQuestion(pane, 1);
        await answer(pane, 4);
        pane.press('Enter');
        await reachQuestion(pane, 2);
        pane.press('q');
        await pane.waitFor('Leave the quiz?');
      },
      saved: () => [3, null, null],
    },
    {
      screen: 'the results',
      args: [...QUIZ, '--no-summary'],
      reach: async (pane) => {
        for (const n of [1, 2, 3]) {
          await reachQuestion(pane, n);
          await answer(pane, n);
          pane.press('Enter');
        }
        await pane.waitFor('Results saved to:');
      },
      saved: () => [0, 1, 2],
    },
    {
      screen: 'the review of the mistakes',
      args: [...QUIZ, '--no-summary'],
      reach: async (pane) => {
        const [first] = questions();
        await reachQuestion(pane, 1);
        await answer(pane, ((first!.answer + 1) % 4) + 1);
        pane.press('Enter');
        for (const n of [2, 3]) {
          await reachQuestion(pane, n);
          await answer(pane, 1);
          pane.press('Enter');
        }
        await pane.waitFor('Results saved to:');
        pane.press('v');
        await pane.waitFor(/Mistake 1 of \d/);
      },
      saved: () => [(questions()[0]!.answer + 1) % 4, 0, 0],
    },
    { screen: 'the "terminal too small" message (20×5)', args: QUIZ, size: [20, 5], reach: async (pane) => void (await pane.waitFor(TOO_SMALL, 60_000)), saved: null },
  ];

  for (const c of cases) {
    it(`Ctrl-C on ${c.screen}`, async () => {
      const { pane } = open(...(c.size ?? [80, 24]), c.args);
      await c.reach(pane);
      pane.press('C-c');
      const file = await leaves(pane, 130, c.saved ? [/^Interrupted\.$/, SAVED] : [/^Interrupted\.$/]);
      if (c.saved) expect(chosen(file!)).toEqual(c.saved());
    }, 120_000);
  }

  it('q, then yes, on a question: leaves with the answers so far saved', async () => {
    const { pane } = open(80, 24, [...QUIZ, '--no-summary']);
    await reachQuestion(pane, 1);
    await answer(pane, 3);
    pane.press('Enter');
    await reachQuestion(pane, 2);
    pane.press('q');
    await pane.waitFor('Leave the quiz?');
    pane.press('y');
    const file = await leaves(pane, 0, [SAVED]);
    expect(chosen(file!)).toEqual([2, null, null]);
  }, 120_000);

  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} on a question: leaves with the answers so far saved`, async () => {
      const { pane } = open(80, 24, [...QUIZ, '--no-summary']);
      await reachQuestion(pane, 1);
      await answer(pane, 2);
      pane.press('Enter');
      await reachQuestion(pane, 2);
      process.kill(pane.programPid(), signal);
      const file = await leaves(pane, 130, [/^Interrupted\.$/, SAVED]);
      expect(chosen(file!)).toEqual([1, null, null]);
    }, 120_000);
  }
});

/** Waits for `marker`, then until the screen stays the same for a moment (a resize has been drawn), and returns it. */
async function settled(pane: Pane, marker: string | RegExp): Promise<string> {
  let last = await pane.waitFor(marker);
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = pane.screen();
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the screen never settled:\n${last}`);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const occurrences = (text: string, part: string) => flat(text).split(flat(part)).length - 1;

/** Every row within the width; the first row is the frame's header, the key hints are there; a row cut short is only the title's article row. */
function readable(screen: string, columns: number, header: string | RegExp, hint: string): void {
  const rows = lines(screen);
  for (const row of rows) expect(displayWidth(row), row).toBeLessThanOrEqual(columns);
  expect(rows[0]).toMatch(header);
  expect(flat(screen)).toContain(hint);
  for (const row of rows.filter((r) => r.endsWith('…'))) expect(row).toMatch(/^ Articles?: /);
}

/** A request for a larger terminal naming the size, and how to leave; nothing of a frame. */
function asksForMore(screen: string, columns: number, size: RegExp): void {
  for (const row of lines(screen)) expect(displayWidth(row)).toBeLessThanOrEqual(columns);
  expect(flat(screen)).toMatch(new RegExp(`The terminal is too small: make it at least ${size.source}\\.`));
  expect(flat(screen)).toContain('q/Esc quit');
  expect(screen).not.toContain('──');
}

describe.concurrent('small terminals', () => {
  for (const [columns, rows] of [
    [40, 10],
    [20, 5],
  ] as const) {
    it(`${columns}×${rows} asks for a larger terminal, and q leaves`, async () => {
      const { pane } = open(columns, rows, QUIZ);
      asksForMore(await pane.waitFor(TOO_SMALL, 60_000), columns, /40×12/);
      pane.press('q');
      await leaves(pane, 0, []);
    }, 120_000);
  }

  it('at 40 columns every screen reads whole, and shrunk to 40×10 each asks for more and keeps its place', async () => {
    const [first] = questions();
    const { pane } = open(40, 10, ['--seed', String(SEED), '--count', String(COUNT)]);
    await pane.waitFor(TOO_SMALL, 60_000);
    // Nothing but leaving works while the terminal is too small.
    pane.press('Enter', 'Down');
    /** This screen reads whole at 40×24, asks for more at 40×10, and is there again at 40×24. */
    const check = async (header: RegExp, hint: string): Promise<string> => {
      const screen = await settled(pane, header);
      readable(screen, 40, header, hint);
      pane.resize(40, 10);
      asksForMore(await settled(pane, TOO_SMALL), 40, /40×\d+/);
      pane.resize(40, 24);
      expect(await settled(pane, header)).toBe(screen);
      return screen;
    };
    pane.resize(40, 24);
    const picker = await check(/Choose your language/, '↑↓ move · Enter choose · q/Esc quit');
    expect(picker).toContain('❯ English');
    pane.press('Enter');
    await pane.waitFor('What would you like to do?');
    const menu = await check(/eternaut-quiz · 5 articles/, '↑↓ move · Enter choose · q/Esc quit');
    // Wrapped, not cut.
    expect(flat(menu)).toContain('Read the summaries, then take the quiz');
    pane.press('Enter');
    await pane.waitFor('Article 1 of 5');
    await check(/Article 1 of 5/, 'Enter next · m menu · q/Esc quit');
    for (let article = 2; article <= 5; article++) {
      pane.press('Enter');
      await pane.waitFor(`Article ${article} of 5`);
    }
    pane.press('Enter');
    await pane.waitFor(`Question 1 of ${COUNT}`);
    const question = await check(/Question 1 of 3/, '1–4/↑↓ Enter answer · q/Esc quit');
    expect(occurrences(question, first!.stem)).toBe(1);
    first!.options.forEach((option, i) => expect(occurrences(question, `${i + 1}. ${option}`), option).toBe(1));
    pane.press(String(first!.answer + 1));
    await pane.waitFor('✓ Correct!');
    await check(/Question 1 of 3/, 'Enter next');
    for (const n of [2, 3]) {
      pane.press('Enter');
      await pane.waitFor(`Question ${n} of ${COUNT}`);
      pane.press('1');
      await pane.waitFor(/✓ Correct!|✗ Wrong\./);
    }
    pane.press('Enter');
    await pane.waitFor('Results saved to:');
    await check(/Results/, 'm menu · q/Esc quit');
    pane.resize(40, 10);
    await pane.waitFor(TOO_SMALL);
    pane.press('C-c');
    await leaves(pane, 130, [/^Interrupted\.$/, SAVED]);
  }, 120_000);
});

describe.concurrent('a resize in the middle of a question', () => {
  it('80×24 → 40×10 → 100×30 → 80×24: one whole frame each time, then the answer given is the one recorded', async () => {
    const [first] = questions();
    const { pane } = open(80, 24, [...QUIZ, '--no-summary']);
    await pane.waitFor(`Question 1 of ${COUNT}`, 60_000);
    const whole = (screen: string, columns: number) => {
      readable(screen, columns, /^ Question 1 of 3 · /, '1–4/↑↓ Enter answer · q/Esc quit');
      const shown = lines(screen).filter((l) => l.trim() && !/^ ─+$/.test(l));
      expect(new Set(shown).size, screen).toBe(shown.length);
      expect(occurrences(screen, 'Question 1 of')).toBe(1);
      expect(occurrences(screen, first!.stem)).toBe(1);
      first!.options.forEach((option, i) => expect(occurrences(screen, `${i + 1}. ${option}`), option).toBe(1));
      expect(shown.at(-1)).toBe(' 1–4/↑↓ Enter answer · q/Esc quit');
    };
    // The rule under the title, as wide as the text: the frame of that width is drawn.
    const rule = (columns: number) => `\n ${'─'.repeat(columns - 2)}\n`;
    whole(await settled(pane, rule(80)), 80);
    pane.resize(40, 10);
    const small = await settled(pane, TOO_SMALL);
    asksForMore(small, 40, /40×\d+/);
    expect(small).not.toContain('Question 1');
    pane.resize(100, 30);
    whole(await settled(pane, rule(100)), 100);
    pane.resize(80, 24);
    whole(await settled(pane, rule(80)), 80);
    const choice = (first!.answer + 2) % 4;
    pane.press(String(choice + 1));
    const feedback = await pane.waitFor('✗ Wrong.');
    expect(flat(feedback)).toContain(`✗ Your answer: ${choice + 1}. ${first!.options[choice]}`);
    pane.press('C-c');
    const file = await leaves(pane, 130, [/^Interrupted\.$/, SAVED]);
    expect(chosen(file!)).toEqual([choice, null, null]);
  }, 120_000);
});

describe.concurrent('without a terminal', () => {
  const ESC = /[\u001b\u009b\u009d]/;
  for (const [what, pipeline] of [
    ['stdin not a terminal', (bin: string) => `echo | '${bin}' --lang en --count 3`],
    ['stdout not a terminal', (bin: string) => `'${bin}' --lang en --count 3 | cat`],
    ['neither a terminal', (bin: string) => `echo | '${bin}' --lang en --count 3 | cat`],
  ] as const) {
    it(`${what}: the lesson as text, no Ink, no escape code, exit 0`, async () => {
      const { pane } = open(80, 24, [], (bin) => ['bash', '-o', 'pipefail', '-c', pipeline(bin)]);
      await pane.waitFor(/\[exit \d+\]\n.*(icanon|echo)/, 60_000);
      const all = pane.screen({ history: true, escapes: true });
      expect(all).not.toMatch(ESC);
      expect(all).toContain('eternaut-quiz: Not a terminal: the interactive lesson needs one, so here is the lesson as text.');
      expect(all).toContain('Key facts');
      expect(all).toContain('Quiz: 3 questions (en, seed 1)');
      expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(all).not.toContain('❯');
      expect(pane.flags()).toEqual({ alternate: false, cursor: true });
      expect(lines(all).filter(Boolean).slice(-2)).toEqual(['[exit 0]', expect.stringMatching(/^(icanon echo|echo icanon)$/)]);
    }, 120_000);
  }
});

describe.concurrent('stderr into a file', () => {
  const ESC = /[\u001b\u009b\u009d]/;
  it('the lesson runs on the terminal, and no escape code reaches the file', async () => {
    const log = path.join(installed.tmp, 'stderr.log');
    const results = path.join(installed.tmp, 'results-stderr');
    const { pane } = open(80, 24, [], (bin) => ['bash', '-c', `'${bin}' ${QUIZ.join(' ')} --no-summary --results '${results}' 2>'${log}'`]);
    await pane.waitFor('Question 1 of', 60_000);
    pane.press('q');
    await pane.waitFor('Leave the quiz?');
    pane.press('y');
    await pane.waitFor(/\[exit 0\]/);
    expect(fs.readFileSync(log, 'utf8')).not.toMatch(ESC);
    expect(pane.flags()).toEqual({ alternate: false, cursor: true });
  }, 120_000);
});

describe.concurrent('hostile article text on the lesson screens', () => {
  const ESC = '\u001b';
  // Screen clears, cursor moves, a title change, a clipboard write (OSC 52), 8-bit CSI and OSC, BEL, a right-to-left override.
  const ARTICLES = {
    'harbour-en.txt': `---
language: en
title: Rotterdam${ESC}[2J${ESC}[H port ${ESC}]0;PWNED\u0007cargo falls \u202eagain
date: 2024-02
outlet: Harbour${ESC}]52;c;cHduZWQ=\u0007 Weekly
---
The Port of Rotterdam handled 439 million tonnes of cargo in 2023, down 6.1% on the year before, the port authority said on Wednesday.${ESC}]52;c;cHduZWQ=\u0007

Chief executive Boudewijn Siemons${ESC}[2J${ESC}[H said revenue rose 5% to €872 million.\u009b2J Container volumes fell 7% to 13.4 million containers, according to the annual report.\u009d0;PWNED\u0007

Siemons\u202e said weaker trade with Asia and the war in Ukraine hit coal and oil shipments.\u0007 "Rotterdam remains the largest port in Europe," he said${ESC}[1;1H.

The port authority employs about 1,300 people and invested €230 million in quays and pipelines last year.
`,
    'hafen-de.txt': `---
language: de
title: Hafen Rotterdam${ESC}]0;PWNED\u0007 schlägt weniger um${ESC}[2J
date: 2024-02
---
Der Hafen Rotterdam hat im Jahr 2023 rund 439 Millionen Tonnen Güter umgeschlagen, 6,1 Prozent weniger als im Vorjahr, teilte die Hafenbehörde am Mittwoch mit.${ESC}]52;c;cHduZWQ=\u0007

Vorstandschef Boudewijn Siemons${ESC}[H sagte, der Umsatz sei um 5 Prozent auf 872 Millionen Euro gestiegen.\u202e Der Containerumschlag sank laut Jahresbericht um 7 Prozent.\u009b2J

Die Hafenbehörde beschäftigt etwa 1300 Menschen und investierte im vergangenen Jahr 230 Millionen Euro.\u009d0;PWNED\u0007
`,
  };

  it('the detectors work: a program that does write a title and the clipboard is seen', async () => {
    const { pane } = open(80, 24, [], () => ['sh', '-c', `sleep 0.5; printf '${ESC}]0;PWNED\\007${ESC}]52;c;cHduZWQ=\\007'`]);
    await pane.waitFor('[exit 0]');
    expect(pane.info('#{pane_title}')).toBe('PWNED');
    expect(pane.buffers()).toContain('pwned');
  }, 60_000);

  it('reaches no screen raw: no title change, no clipboard write, no clear mid-frame, no bidi override', async () => {
    const dir = path.join(installed.tmp, 'hostile');
    fs.mkdirSync(dir, { recursive: true });
    const files = Object.entries(ARTICLES).map(([name, text]) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    });
    const { pane } = open(100, 30, ['--lang', 'en', '--seed', '1', '--count', '3', ...files]);
    const title = pane.info('#{pane_title}');
    /** The screen once `marker` shows: the frame's header on the first row, the key hints on the last, nothing hostile. */
    const clean = async (marker: string | RegExp, header: RegExp): Promise<string> => {
      await pane.waitFor(marker, 60_000);
      const screen = await settled(pane, marker);
      const shown = lines(screen).filter(Boolean);
      expect(shown[0], screen).toMatch(header);
      expect(shown.at(-1), screen).toMatch(/q\/Esc (quit|no)|Enter yes/);
      expect(screen).not.toMatch(/[\u202e\u202a-\u202d\u2066-\u2069\u0080-\u009f]/);
      expect(screen).not.toMatch(/PWNED|cHduZWQ|\[2J|\[1;1H/);
      expect(pane.info('#{pane_title}')).toBe(title);
      expect(pane.buffers()).toBe('');
      return screen;
    };
    await clean('What would you like to do?', /eternaut-quiz · 2 articles · 3 questions/);
    pane.press('Enter');
    let screen = await clean('Article 1 of 2', /Article 1 of 2 · /);
    expect(flat(screen)).toContain('Rotterdam port cargo falls again');
    expect(flat(screen)).toContain('Harbour Weekly');
    pane.press('o');
    screen = await clean('Original: ', /Article 1 of 2 · /);
    expect(flat(screen)).toContain('Chief executive Boudewijn Siemons said revenue rose 5% to €872 million.');
    pane.press('Enter');
    await clean('Article 2 of 2', /Article 2 of 2 · Hafen Rotterdam schlägt weniger um/);
    pane.press('Enter');
    // Each answer wrong: the feedback shows the evidence, and the review has every question.
    const asked = generateQuestions(extractAll(loadArticles(files).articles), 'en', { seed: 1, count: 3 });
    expect(asked).toHaveLength(3);
    for (const [i, q] of asked.entries()) {
      await clean(`Question ${i + 1} of 3`, new RegExp(`Question ${i + 1} of 3 · `));
      pane.press(String(((q.answer + 1) % 4) + 1));
      screen = await clean('✗ Wrong.', new RegExp(`Question ${i + 1} of 3 · `));
      expect(screen).toContain('Evidence');
      pane.press('Enter');
    }
    await clean('Results saved to:', /Results/);
    pane.press('v');
    await clean('Mistake 1 of 3', /Mistake 1 of 3/);
    pane.press('m');
    await clean('What would you like to do?', /eternaut-quiz · /);
    pane.press('Down', 'Down', 'Enter');
    screen = await clean('2 articles compared', /2 articles compared/);
    pane.press('q');
    await leaves(pane, 0, [SAVED]);
    expect(pane.info('#{pane_title}')).toBe(title);
    expect(pane.buffers()).toBe('');
  }, 120_000);
});
