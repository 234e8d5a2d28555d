/**
 * The packed program in a real terminal: `npm pack`, install the tarball into
 * an empty folder (offline: the bundle has no dependencies), then drive the
 * installed `eternaut-quiz` in tmux through whole lessons in two languages.
 * Needs tmux (.ci/run installs it) and a built dist/ (`npm test` builds first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import type { ArticleFacts, Lang } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { readResults } from '../../src/quiz/results.js';
import type { Question } from '../../src/quiz/types.js';
import { installPacked, type Installed } from './install.js';
import { normalSpaces, Pane } from './tmux.js';

const SEED = 7;
const COUNT = 5;
const panes: Pane[] = [];
let installed: Installed;
let tmp: string;
let corpus: ArticleFacts[];

/** The questions the installed program asks: the same generator, articles, seed and count. */
const questionsIn = (lang: Lang): Question[] => generateQuestions(corpus, lang, { seed: SEED, count: COUNT });

function open(columns: number, rows: number, env: Record<string, string>, args: string[]): Pane {
  const pane = new Pane({ columns, rows, cwd: installed.app, env: { TERM: 'xterm-256color', ...env }, command: [installed.bin, ...args] });
  panes.push(pane);
  return pane;
}

/** The results file the program names in its last words on leaving. */
function savedFile(screen: string, said: string): string {
  const m = new RegExp(`${said}: (\\S+\\.json)`).exec(screen);
  if (!m) throw new Error(`no results file named on:\n${screen}`);
  return m[1]!;
}

beforeAll(() => {
  installed = installPacked();
  tmp = installed.tmp;
  corpus = extractAll(loadBundledCorpus().articles);
}, 240_000);

afterAll(() => {
  for (const pane of panes) pane.close();
  installed?.remove();
});

// Each lesson has its own tmux server, so the three run side by side.
describe.concurrent('eternaut-quiz, installed from its tarball, in a terminal', () => {
  it('takes a whole lesson in German at 80×24: picker, a summary, every question, results, results file', async () => {
    const results = path.join(tmp, 'results-de');
    const questions = questionsIn('de');
    const pane = open(80, 24, { LANG: 'en_GB.UTF-8', NO_COLOR: '1' }, ['--seed', String(SEED), '--count', String(COUNT), '--results', results, '--name', 'Ana Müller']);

    let screen = await pane.waitFor('Choose your language', 90_000);
    expect(screen).toContain('❯ English');
    pane.press('Down');
    await pane.waitFor('Sprache wählen');
    pane.press('Enter');
    screen = await pane.waitFor('Was möchtest du tun?');
    expect(screen).toContain(`5 Artikel · ${questions.length} Fragen`);
    pane.press('Enter');
    screen = await pane.waitFor('Artikel 1 von 5');
    expect(screen).toContain('Originalsprache: Norwegisch (Bokmål)');
    expect(screen).toContain('Die wichtigsten Fakten');
    pane.press('o');
    await pane.waitFor('Original: „');
    for (let article = 2; article <= 5; article++) {
      pane.press('Enter');
      await pane.waitFor(`Artikel ${article} von 5`);
    }
    pane.press('Enter');

    let correct = 0;
    for (const [i, q] of questions.entries()) {
      screen = await pane.waitFor(`Frage ${i + 1} von ${questions.length}`);
      expect(screen.replace(/\s+/g, ' ')).toContain(normalSpaces(q.stem.slice(0, 40)));
      // Every other answer is wrong on purpose.
      const choice = i % 2 === 0 ? (q.answer + 1) % 4 : q.answer;
      pane.press(String(choice + 1));
      if (choice === q.answer) {
        correct++;
        await pane.waitFor('✓ Richtig!');
      } else {
        screen = await pane.waitFor('✗ Falsch.');
        expect(screen.replace(/\s+/g, ' ')).toContain(normalSpaces(`✓ Richtige Antwort: ${q.answer + 1}. ${q.options[q.answer]}`));
        expect(screen).toContain('Beleg');
      }
      pane.press('Enter');
    }
    screen = await pane.waitFor('Ergebnisse gespeichert in:');
    expect(screen).toContain(`${correct} von ${questions.length} richtig`);
    expect(screen).toContain('Nach Kategorie');
    // NO_COLOR: styles, but no colours.
    expect(pane.screen({ escapes: true })).not.toMatch(/\u001b\[[0-9;]*(?:3[0-7]|9[0-7]|38;5;\d+)m/);

    pane.press('q');
    screen = await pane.waitFor(/\[exit \d+\]\n.*echo/);
    expect(screen).toContain('[exit 0]');
    expect(screen).toMatch(/icanon echo|echo icanon/);
    expect(pane.flags()).toEqual({ alternate: false, cursor: true });
    const file = savedFile(screen, 'Ergebnisse gespeichert in');
    expect(path.dirname(file)).toBe(results);
    const saved = readResults(file);
    expect(saved).toMatchObject({ language: 'de', seed: SEED, name: 'Ana Müller', score: { correct, total: questions.length } });
    expect(saved.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
  }, 240_000);

  it('takes a whole lesson in Spanish at 60×20, through a resize, with a retry of the missed questions', async () => {
    const results = path.join(tmp, 'results-es');
    const questions = questionsIn('es');
    const pane = open(60, 20, { LANG: 'es_ES.UTF-8' }, ['--seed', String(SEED), '--count', String(COUNT), '--results', results]);

    let screen = await pane.waitFor('Elige tu idioma', 90_000);
    expect(screen).toContain('❯ Español');
    pane.press('Enter');
    await pane.waitFor('¿Qué quieres hacer?');
    pane.press('Enter');
    screen = await pane.waitFor('Artículo 1 de 5');
    expect(screen).toContain('Datos clave');
    pane.resize(80, 24);
    await pane.waitFor(/Artículo 1 de 5 · Netflix bekrefter generativ AI i El Eternauta\n/);
    pane.resize(60, 20);
    for (let article = 2; article <= 5; article++) {
      pane.press('Right');
      await pane.waitFor(`Artículo ${article} de 5`);
    }
    pane.press('Enter');

    const wrong: Question[] = [];
    for (const [i, q] of questions.entries()) {
      await pane.waitFor(`Pregunta ${i + 1} de ${questions.length}`);
      const choice = i === 0 || i === 3 ? (q.answer + 2) % 4 : q.answer;
      if (choice !== q.answer) wrong.push(q);
      pane.press(String(choice + 1));
      await pane.waitFor(choice === q.answer ? '✓ ¡Correcto!' : '✗ Incorrecto.');
      pane.press('Enter');
    }
    screen = await pane.waitFor('Resultados guardados en:');
    expect(screen).toContain(`${questions.length - wrong.length} de ${questions.length} correctas`);
    expect(screen).toContain('✗ 2 errores');
    expect(pane.screen({ escapes: true })).toMatch(/\u001b\[[0-9;]*(?:3[0-7]|9[0-7]|38;5;\d+)m/);

    pane.press('v');
    await pane.waitFor('Error 1 de 2');
    pane.press('r');
    for (const [i, q] of wrong.entries()) {
      await pane.waitFor(`Pregunta ${i + 1} de 2 · Repaso 1`);
      pane.press(String(q.answer + 1));
      await pane.waitFor('✓ ¡Correcto!');
      pane.press('Enter');
    }
    await pane.waitFor('2 de 2 correctas');
    pane.press('Escape');
    screen = await pane.waitFor('[exit 0]');
    const saved = readResults(savedFile(screen, 'Resultados guardados en'));
    expect(saved).toMatchObject({ language: 'es', score: { correct: questions.length - 2, total: questions.length } });
    expect(fs.readdirSync(results)).toHaveLength(1);
  }, 240_000);

  it('leaves at once on Ctrl-C in the middle of a quiz, with the answers so far saved', async () => {
    const results = path.join(tmp, 'results-nb');
    const [first] = questionsIn('nb');
    const pane = open(80, 24, { LANG: 'C' }, ['--lang', 'nb', '--no-summary', '--seed', String(SEED), '--count', String(COUNT), '--results', results]);
    await pane.waitFor(`Spørsmål 1 av ${COUNT}`, 90_000);
    pane.press(String(first!.answer + 1));
    await pane.waitFor('✓ Riktig!');
    pane.press('Enter');
    await pane.waitFor(`Spørsmål 2 av ${COUNT}`);
    pane.press('C-c');
    const screen = await pane.waitFor('[exit 130]');
    expect(screen).toContain('Avbrutt.');
    expect(pane.flags()).toEqual({ alternate: false, cursor: true });
    const saved = readResults(savedFile(screen, 'Resultatene er lagret i'));
    expect(saved.score).toEqual({ correct: 1, total: COUNT });
    expect(saved.questions.map((q) => q.chosen).slice(1)).toEqual(Array(COUNT - 1).fill(null));
  }, 240_000);
});
