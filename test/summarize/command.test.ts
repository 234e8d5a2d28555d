/** `eternaut-quiz summary`, run in-process. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSummary } from '../../src/commands/summary.js';
import { captureIo } from '../commands/io.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-summary-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'ferje.txt');
fs.writeFileSync(
  file,
  'Rederiet Fjordlinjen har satt inn en ny elferje mellom Horten og Moss. ' +
    'Ifølge NRK ble ferja bygget fire ganger raskere enn den forrige, og den kan ta 200 biler. ' +
    'Fjordlinjen regner med at ferja vil kutte utslippene på sambandet kraftig de neste årene.',
);

interface JsonSummary {
  file: string;
  language: string;
  summaryLanguage: string;
  lead: { text: string; evidence: Array<{ text: string }> } | null;
  sentences: Array<{ text: string; evidence: Array<{ text: string }> }>;
  quotes: string[];
}

describe('eternaut-quiz summary', () => {
  it('prints {file, language, summaryLanguage, lead, sentences, quotes} with --json, in the --lang language', () => {
    const io = captureIo({ LANG: 'fr_FR.UTF-8' });
    expect(runSummary([file], { lang: 'de', json: true }, io)).toBe(0);
    const [s, ...rest] = JSON.parse(io.out()) as JsonSummary[];
    expect(rest).toEqual([]);
    expect(Object.keys(s!)).toEqual(['file', 'language', 'summaryLanguage', 'lead', 'sentences', 'quotes']);
    expect(s).toMatchObject({ file, language: 'nb', summaryLanguage: 'de' });
    for (const x of s!.sentences) {
      expect(x.evidence.length).toBeGreaterThan(0);
      for (const e of x.evidence) expect(Object.keys(e)).toEqual(['text']);
      expect(new Set(x.evidence.map((e) => e.text)).size).toBe(x.evidence.length);
    }
    expect(s!.quotes.length).toBeGreaterThanOrEqual(2);
    expect(s!.quotes[0]).toBe('Rederiet Fjordlinjen har satt inn en ny elferje mellom Horten og Moss.');
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG without --lang, and English without any', () => {
    const lang = (env: NodeJS.ProcessEnv) => {
      const io = captureIo(env);
      runSummary([file], { json: true }, io);
      return (JSON.parse(io.out()) as JsonSummary[])[0]!.summaryLanguage;
    };
    expect(lang({ LANG: 'es_ES.UTF-8' })).toBe('es');
    expect(lang({ LC_ALL: 'nl_NL.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('nl');
    expect(lang({ LC_MESSAGES: 'no_NO.UTF-8' })).toBe('nb');
    expect(lang({})).toBe('en');
  });

  it('refuses an unsupported --lang with one clear line naming the supported ones', () => {
    expect(() => runSummary([file], { lang: 'it' }, captureIo())).toThrow('unsupported language "it"; supported: en, de, nl, nb, es, fr');
  });

  it('prints plain text in the reader language, wrapped to 80 columns when not a terminal', () => {
    const io = captureIo();
    expect(runSummary([file], { lang: 'es' }, io)).toBe(0);
    const out = io.out();
    expect(out).toContain('ferje.txt · artículo en noruego');
    expect(out).toContain('Frases clave del original, en noruego');
    expect(out).toContain('«Rederiet Fjordlinjen har satt inn en ny elferje mellom Horten og Moss.»');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('summarizes the bundled corpus when no file is named', () => {
    const io = captureIo();
    expect(runSummary([], { lang: 'nb', json: true }, io)).toBe(0);
    const out = JSON.parse(io.out()) as JsonSummary[];
    expect(out.map((s) => s.language)).toEqual(['nb', 'de', 'nl', 'de', 'en']);
    expect(out.every((s) => s.summaryLanguage === 'nb')).toBe(true);
    // 002 names "CEO Ted Sarandos" twice: the words are given once.
    const people = out[2]!.sentences.find((s) => s.text.startsWith('Person som nevnes'))!;
    expect(people.evidence).toEqual([{ text: 'CEO Ted Sarandos' }]);
    // The first extraction over the corpus compiles every rule.
  }, 30_000);
});
