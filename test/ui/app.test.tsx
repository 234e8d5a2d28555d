import chalk from 'chalk';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { paletteFor } from '../../src/ui/theme.js';
import { displayWidth } from '../../src/text/width.js';
import { KEY, RESULTS_PATH, renderApp } from './render-app.js';

afterEach(async () => {
  await act(async () => cleanup());
});

const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (frame: string) => frame.replace(ANSI, '');

describe('the language picker', () => {
  it('preselects the language, previews the highlighted one, and the menu speaks the chosen one', async () => {
    const app = await renderApp({ init: { pickLanguage: true, questions: [] } });
    await app.press();
    expect(app.frame()).toContain('Choose your language');
    expect(app.frame()).toContain('❯ English');
    for (const name of ['Deutsch', 'Nederlands', 'Norsk bokmål', 'Español', 'Français']) expect(app.frame()).toContain(name);
    await app.press(KEY.down);
    expect(app.frame()).toContain('Sprache wählen');
    expect(app.frame()).toContain('❯ Deutsch');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Was möchtest du tun?');
    expect(app.frame()).toContain('2 Artikel · 3 Fragen');
    expect(app.frame()).toContain('❯ Zusammenfassungen lesen, dann das Quiz');
    await app.press(KEY.down, KEY.enter);
    expect(app.frame()).toContain('Frage 1 von 3');
    expect(app.frame()).toContain('Welchen Umsatz meldet der Hafenbetreiber?');
  });
});

describe('the summaries', () => {
  it('show one article at a time with its title, outlet and original language, the originals on o', async () => {
    const app = await renderApp();
    await app.press(KEY.enter);
    let f = app.frame();
    expect(f).toContain('Article 1 of 2 · Der Hafenbetreiber meldete am Dienstag');
    expect(f).toContain('Outlet: not named · Original language: German');
    expect(f).toContain('Key facts');
    expect(f).toContain('• Revenue was 2.4 billion euros.');
    expect(f).not.toContain('Original: ');
    expect(f).toContain('o show the original sentences');
    await app.press('o');
    f = app.frame();
    expect(f).toContain('Original: “Der Hafenbetreiber meldete am Dienstag einen Umsatz von 2,4 Milliarden Euro.”');
    expect(f).toContain('o hide the original sentences');
    await app.press(KEY.right);
    f = app.frame();
    expect(f).toContain('Article 2 of 2');
    expect(f).toContain('Outlet: Diario del Sur · Original language: Spanish');
    expect(f).toContain('The article reports on a book fair.');
    expect(f).toContain('Enter start the quiz');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Question 1 of 3');
  });
});

describe('the quiz', () => {
  it('asks with category and article, and after a wrong answer shows the correct one and the evidence', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter);
    let f = app.frame();
    expect(f).toContain('Question 1 of 3 · Category: Revenue');
    expect(f).toContain('Article: “Der Hafenbetreiber meldete am Dienstag');
    expect(f).toContain('0/3 ✓ 0 ✗ 0');
    expect(f).toContain('What revenue does the port operator report?');
    expect(f).toContain('❯ 1. €1.2 billion');
    expect(f).toContain('4. €3.6 billion');
    await app.press('1');
    f = app.frame();
    expect(f).toContain('✗ Wrong.');
    expect(f).toContain('✗ Your answer: 1. €1.2 billion');
    expect(f).toContain('✓ Correct answer: 2. €2.4 billion');
    expect(f).toContain('Evidence');
    expect(f).toMatch(/“Der Hafenbetreiber meldete am Dienstag[^\n]*, in German/);
    expect(f).toContain('“Der Hafenbetreiber meldete am Dienstag einen Umsatz von 2,4 Milliarden Euro.”');
    expect(f).toContain('1/3 ✓ 0 ✗ 1');
  });

  it('answers with the arrows and Enter, and starts each question with the first option highlighted', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter);
    await app.press(KEY.down, KEY.enter);
    expect(app.frame()).toContain('✓ Correct!');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('Question 2 of 3 · Category: Speed-up');
    expect(app.frame()).toContain('❯ 1. 3 times');
    await app.press(KEY.up, KEY.enter);
    expect(app.frame()).toContain('✓ Correct!');
  });

  it('ends on the results: score, categories, time, mistakes and the results file, saved once', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter, '1', KEY.enter, '4', KEY.enter, '2', KEY.enter);
    const f = app.frame();
    expect(f).toContain('Results');
    expect(f).toContain('1 of 3 correct (33%)');
    expect(f).toMatch(/Time taken: \d+ seconds/);
    expect(f).toMatch(/Speed-up +1\/1/);
    expect(f).toMatch(/Budget +0\/1/);
    expect(f).toMatch(/Revenue +0\/1/);
    expect(f).toContain('✗ 2 mistakes');
    expect(f).toContain(`Results saved to: ${RESULTS_PATH}`);
    expect(f).toContain('v review the mistakes · r retry the missed questions · m menu');
    expect(app.rounds).toHaveLength(1);
    expect(app.rounds[0]!.answers.map((a) => [a.questionId, a.choice, a.correct])).toEqual([
      ['revenue-1', 0, false],
      ['speed-1', 3, true],
      ['budget-1', 1, false],
    ]);
    await app.press('m');
    expect(app.rounds).toHaveLength(1);
  });

  it('reviews the mistakes and retries only the missed questions', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter, '1', KEY.enter, '4', KEY.enter, '2', KEY.enter);
    await app.press('v');
    let f = app.frame();
    expect(f).toContain('Mistake 1 of 2 · Category: Revenue');
    expect(f).toContain('✗ 1. €1.2 billion');
    expect(f).toContain('✓ 2. €2.4 billion');
    await app.press(KEY.right);
    expect(app.frame()).toContain('Mistake 2 of 2 · Category: Budget');
    await app.press('b', 'r');
    f = app.frame();
    expect(f).toContain('Question 1 of 2 · Retry 1 · Category: Revenue');
    await app.press('2', KEY.enter);
    expect(app.frame()).toContain('Question 2 of 2 · Retry 1 · Category: Budget');
    await app.press('1', KEY.enter);
    expect(app.frame()).toContain('2 of 2 correct (100%)');
    expect(app.frame()).toContain('✓ No mistakes. Well done!');
    expect(app.rounds.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('keys that arrive together', () => {
  it('each meet the state the one before left: ↓ Enter in one read picks the second option', async () => {
    const app = await renderApp();
    await app.press(KEY.down + KEY.enter);
    expect(app.frame()).toContain('Question 1 of 3');
    await app.press(KEY.down + KEY.down + KEY.enter);
    expect(app.frame()).toContain('✗ Your answer: 3. €4.8 billion');
  });
});

describe('leaving', () => {
  it('asks before leaving a quiz, and n goes back to the question', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter, 'q');
    expect(app.frame()).toContain('Leave the quiz? Your answers so far will be saved.');
    expect(app.frame()).toContain('y/Enter yes · n/Esc no');
    await app.press('3');
    expect(app.frame()).toContain('Leave the quiz?');
    await app.press('n');
    expect(app.frame()).not.toContain('Leave the quiz?');
    await app.press(KEY.esc, 'y');
    expect(app.exits.map((s) => s.exit)).toEqual(['quit']);
  });

  it('leaves the menu at once on q', async () => {
    const app = await renderApp();
    await app.press('q');
    expect(app.exits.map((s) => s.exit)).toEqual(['quit']);
  });

  it('leaves at once on Ctrl-C, with the answers given so far', async () => {
    const app = await renderApp();
    await app.press(KEY.down, KEY.enter, '2', KEY.enter, KEY.ctrlC);
    expect(app.exits).toHaveLength(1);
    expect(app.exits[0]!.exit).toBe('interrupt');
    expect(app.exits[0]!.round?.answers.map((a) => a.choice)).toEqual([1]);
  });
});

describe('the terminal', () => {
  const within = (frames: readonly string[], columns: number, rows: number) => {
    for (const frame of frames) {
      const lines = plain(frame).replace(/\n$/, '').split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    }
  };

  for (const size of [
    { columns: 60, rows: 20 },
    { columns: 80, rows: 24 },
  ]) {
    it(`keeps every frame of a whole lesson within ${size.columns}×${size.rows}`, async () => {
      const app = await renderApp({ init: { pickLanguage: true, questions: [] } });
      await app.press();
      await app.resize(size);
      await app.press();
      const from = app.frames.length;
      await app.press(KEY.down, KEY.down, KEY.down, KEY.enter); // Norsk bokmål
      await app.press(KEY.enter, 'o', KEY.pageDown, KEY.pageDown, KEY.right, KEY.down, KEY.enter);
      await app.press('3', KEY.down, KEY.enter, '4', KEY.enter, '1', KEY.enter);
      await app.press('v', KEY.right, KEY.down, 'b', 'm', KEY.down, KEY.down, KEY.enter, KEY.down, KEY.down, KEY.down);
      expect(app.frames.length - from).toBeGreaterThan(20);
      within(app.frames.slice(from), size.columns, size.rows);
    });
  }

  it('lays the screen out again when the terminal is resized', async () => {
    const app = await renderApp({ size: { columns: 100, rows: 40 } });
    await app.press(KEY.enter, 'o');
    expect(app.frame()).not.toContain('page 1 of');
    await app.resize({ columns: 60, rows: 20 });
    await app.press();
    expect(app.frame()).toContain('page 1 of 2');
    within([app.frame()], 60, 20);
    await app.press(KEY.pageDown);
    expect(app.frame()).toContain('page 2 of 2');
    await app.resize({ columns: 100, rows: 40 });
    await app.press();
    expect(app.frame()).not.toContain('page 2 of 2');
  });

  it('asks for a larger terminal when it is too small, and still lets you leave', async () => {
    const app = await renderApp({ size: { columns: 30, rows: 8 } });
    await app.press(KEY.enter);
    expect(app.frame().replace(/\s+/g, ' ')).toContain('The terminal is too small: make it at least 40×12.');
    await app.resize({ columns: 80, rows: 24 });
    await app.press();
    expect(app.frame()).toContain('What would you like to do?');
    await app.resize({ columns: 30, rows: 8 });
    await app.press('q');
    expect(app.exits).toHaveLength(1);
  });

  it('marks right and wrong with ✓ and ✗, in colour or (NO_COLOR) without', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      for (const palette of [paletteFor(1), paletteFor(0)]) {
        const app = await renderApp({ palette });
        await app.press(KEY.down, KEY.enter, '1');
        const f = app.frame();
        expect(plain(f)).toContain('✗ Wrong.');
        expect(plain(f)).toContain('✓ Correct answer: 2. €2.4 billion');
        const colours = f.match(/\u001b\[(?:3[0-7]|9[0-7]|38;[0-9;]+)m/g) ?? [];
        if (palette === paletteFor(0)) expect(colours).toEqual([]);
        else expect(colours.length).toBeGreaterThan(0);
        await act(async () => cleanup());
      }
    } finally {
      chalk.level = level;
    }
  });
});

describe('French typography', () => {
  it('puts a no-break space before the colon of every label: summary, question, answers, results', async () => {
    const app = await renderApp({ init: { lang: 'fr' } });
    await app.press(KEY.enter);
    expect(app.rawFrame()).toContain('Média\u00a0: non indiqué · Langue d’origine\u00a0: allemand');
    await app.press(KEY.right, KEY.enter);
    let f = app.rawFrame();
    expect(f).toContain('Question 1 sur 3 · Catégorie\u00a0: ');
    expect(f).toContain('Article\u00a0: «\u00a0Der Hafenbetreiber');
    await app.press('1');
    f = app.rawFrame();
    expect(f).toContain('Votre réponse\u00a0: 1.');
    expect(f).toContain('La bonne réponse\u00a0: 2.');
    await app.press(KEY.enter, '4', KEY.enter, '2', KEY.enter);
    f = app.rawFrame();
    expect(f).toContain('Temps passé\u00a0: ');
    expect(f).toContain(`Résultats enregistrés dans\u00a0: ${RESULTS_PATH}`);
    await app.press('v');
    expect(app.rawFrame()).toContain('Erreur 1 sur 2 · Catégorie\u00a0: ');
    expect(app.rawFrame()).not.toMatch(/\p{L}: /u);
    // No word is followed by a bare colon.
    expect(f).not.toMatch(/\p{L}: /u);
  });
});
