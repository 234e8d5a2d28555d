import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from './io.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-facts-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fresh = path.join(tmp, 'fresh-es.txt');
fs.writeFileSync(
  fresh,
  'El estudio anunció ayer que su nueva película se terminó en la mitad del tiempo previsto.\n\n' +
    'Según la agencia EFE, la productora facturó unos 2.400 millones de euros el año pasado, y su beneficio fue de 310 millones de euros. ' +
    'La directora ejecutiva de la empresa explicó que el equipo trabajó con herramientas nuevas durante todo el rodaje.',
);
const danish = path.join(tmp, 'dansk.txt');
fs.writeFileSync(
  danish,
  'Regeringen har fremlagt et nyt forslag om skatter, og det har skabt debat i hele landet. Mange borgere mener, at forslaget er for dyrt, mens andre siger, at det er nødvendigt for at sikre velfærden i fremtiden.',
);

describe('eternaut-quiz facts', () => {
  it('prints a JSON array of {file, language, title, facts} for the bundled corpus', async () => {
    const io = captureIo();
    expect(await main(['facts', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as Array<{ file: string; language: string; title: string; facts: Array<{ kind: string; evidence: { text: string; sentence: string } }> }>;
    expect(out.map((a) => a.language)).toEqual(['nb', 'de', 'nl', 'de', 'en']);
    for (const a of out) {
      expect(a.title.length).toBeGreaterThan(0);
      for (const f of a.facts) expect(f.evidence.sentence).toContain(f.evidence.text);
    }
  });

  it('reports an unsupported file in one line and still processes the rest (exit 4)', async () => {
    const io = captureIo();
    expect(await main(['facts', '--json', danish, fresh], io)).toBe(4);
    expect(io.err().trim().split('\n')).toEqual([expect.stringMatching(/dansk\.txt: the language is not supported \(it looks like Danish\)/)]);
    const out = JSON.parse(io.out()) as Array<{ file: string; language: string }>;
    expect(out).toEqual([expect.objectContaining({ file: fresh, language: 'es' })]);
  });

  it('exits 3 with one clear line when no article loads', async () => {
    const io = captureIo();
    expect(await main(['facts', path.join(tmp, 'missing.txt')], io)).toBe(3);
    expect(io.err()).toMatch(/missing\.txt: no such file or folder\neternaut-quiz: no article could be loaded\n$/);
  });
});

describe('the built package', () => {
  const cli = path.resolve('dist/cli.js');
  it('runs `facts --json` on a file it has never seen', () => {
    const out = execFileSync(process.execPath, [cli, 'facts', '--json', fresh], { encoding: 'utf8' });
    const [article] = JSON.parse(out) as Array<{ language: string; title: string }>;
    expect(article).toMatchObject({ language: 'es', title: expect.stringMatching(/^El estudio anunció/) });
  });

  it('answers --version and an unknown flag without a stack trace', () => {
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = spawnSync(process.execPath, [cli, 'facts', '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown option '--nope'/);
    expect(bad.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
