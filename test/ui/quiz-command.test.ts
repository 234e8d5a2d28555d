import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../commands/io.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-quiz-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const dir = path.join(tmp, 'articles');
fs.mkdirSync(dir);
fs.writeFileSync(
  path.join(dir, 'werft.txt'),
  '---\ntitle: Werft meldet Rekordumsatz\noutlet: Küstenbote\n---\nDie Werft meldete am Montag einen Umsatz von 1,8 Milliarden Euro. ' +
    'Laut Vorstandschefin Anke Brandt lief die neue Schweißanlage zehnmal schneller als die alte. Der Gewinn lag bei 120 Millionen Euro.',
);
fs.writeFileSync(
  path.join(dir, 'astillero.txt'),
  '---\ntitle: El astillero bate su récord\n---\nEl astillero facturó 1.800 millones de euros el año pasado, según la agencia EFE. ' +
    'La consejera delegada, Anke Brandt, explicó que la nueva máquina trabaja diez veces más rápido que la anterior.',
);
const ESC = /\u001b/;
/** Loading and extracting take seconds on a busy machine. */
const SLOW = 60_000;
const STACK = /\bat .*:\d+:\d+/;

describe('the lesson without a terminal', () => {
  it('prints the summaries and questions as text and says why, in the chosen language', async () => {
    const io = captureIo();
    expect(await main(['--lang', 'es', '--count', '3', '--seed', '2', dir], io)).toBe(0);
    expect(io.err()).toMatch(/^eternaut-quiz: No es una terminal: la lección interactiva necesita una/);
    expect(io.err()).toContain('eternaut-quiz questions');
    expect(io.out()).toMatch(/^RESÚMENES\n=+\n/);
    expect(io.out()).toContain('El astillero bate su récord');
    expect(io.out()).toContain('Werft meldet Rekordumsatz');
    expect(io.out()).toMatch(/\nPREGUNTAS\n=+\n/);
    expect(io.out()).toMatch(/\n1\. \[[^\]]+\] /);
    expect(io.out()).not.toMatch(ESC);
  }, SLOW);

  it('leaves the summaries out with --no-summary, and takes the language from the locale', async () => {
    const io = captureIo({ LANG: 'nb_NO.UTF-8' });
    expect(await main(['--no-summary', '--count', '2', dir], io)).toBe(0);
    expect(io.out()).toMatch(/^SPØRSMÅL\n/);
    expect(io.err()).toContain('Ikke en terminal');
  }, SLOW);

  it('answers bad flags in one line with exit 2', async () => {
    for (const [args, message] of [
      [['--seed', 'abc', dir], /--seed must be a whole number/],
      [['--count', '0', dir], /--count must be a whole number from 1/],
      [['--lang', 'it', dir], /unsupported language "it"/],
      [['--articles', '7', dir], /--articles: no article "7"/],
    ] as const) {
      const io = captureIo();
      expect(await main([...args], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  }, SLOW);
});

describe('the built lesson', () => {
  const cli = path.resolve('dist/cli.js');

  it('never tries raw mode on a pipe: plain text, no stack trace', () => {
    const run = spawnSync(process.execPath, [cli, '--lang', 'fr', '--count', '2', dir], { input: '', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Pas de terminal');
    expect(run.stderr).not.toMatch(/raw mode/i);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).toContain('RÉSUMÉS');
  }, SLOW);

  it('lists the lesson flags in --help', () => {
    const help = spawnSync(process.execPath, [cli, 'quiz', '--help'], { encoding: 'utf8' }).stdout;
    for (const flag of ['--lang', '--seed', '--count', '--articles', '--name', '--results', '--no-summary', '[paths...]']) expect(help).toContain(flag);
    expect(spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout).toMatch(/quiz \[options\] \[paths\.\.\.\] +the interactive lesson \(the default\)/);
  }, SLOW);
});
