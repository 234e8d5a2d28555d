import { describe, expect, it } from 'vitest';
import { assertLatin1, latin1Source } from '../../src/scripts/latin1.mjs';

/** The module's exports, evaluated (the sources here are plain JavaScript). */
const run = (source: string): Record<string, unknown> => {
  const exports: Record<string, unknown> = {};
  new Function('exports', source.replace(/export const (\w+)/g, 'exports.$1'))(exports);
  return exports;
};

const BEYOND = /[^\u0000-\u00ff]/u;

describe('latin1Source', () => {
  const source = [
    "export const quote = /[«»“”‘’]/gu;",
    "export const dash = /\\s[–—]\\s/;",
    'export const astral = /😀+/u;',
    "export const raw = String.raw`d['’]\\s+${'x'}…(?:l['’])`;",
    "export const plain = 'l’été';",
    'export const template = `— ${1 + 1} —`;',
  ].join('\n');
  const rewritten = latin1Source(source, 'sample.ts');

  it('leaves no character beyond Latin-1 in regular expressions and String.raw templates', () => {
    expect(BEYOND.test(source)).toBe(true);
    const kept = rewritten.split('\n').filter((line) => BEYOND.test(line));
    // Plain strings and templates are esbuild's to escape.
    expect(kept).toEqual(["export const plain = 'l’été';", 'export const template = `— ${1 + 1} —`;']);
  });

  it('keeps what every rewritten expression means', () => {
    const before = run(source);
    const after = run(rewritten);
    expect(after.raw).toBe(before.raw);
    for (const name of ['quote', 'dash', 'astral'] as const) {
      const [a, b] = [before[name] as RegExp, after[name] as RegExp];
      expect(b.flags).toBe(a.flags);
      for (const text of ['l’an', 'a – b', 'x — y', 'a - b', '«quoted»', '😀😀', 'plain']) {
        a.lastIndex = b.lastIndex = 0;
        expect(b.exec(text)?.[0], `${name} on ${text}`).toBe(a.exec(text)?.[0]);
      }
    }
  });

  it('refuses what it cannot rewrite to the same meaning', () => {
    expect(() => latin1Source('export const t = html`’`;', 'tagged.ts')).toThrow(/tagged\.ts:1:.*html/);
    expect(() => latin1Source("export const r = /a\\’/;", 'escaped.ts')).toThrow(/escaped\.ts:1:/);
  });
});

describe('assertLatin1', () => {
  it('passes a Latin-1 bundle and names the first character beyond it', () => {
    expect(() => assertLatin1('const a = "é";', 'ok.js')).not.toThrow();
    expect(() => assertLatin1('const a = /’/;', 'bad.js')).toThrow(/bad\.js holds "’" \(U\+2019\)/);
  });
});
