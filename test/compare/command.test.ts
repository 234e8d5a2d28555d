import { describe, expect, it, vi } from 'vitest';
import { runCompare } from '../../src/commands/compare.js';
import { displayWidth } from '../../src/compare/text-width.js';
import { UserError } from '../../src/util/io.js';
import { captureIo } from '../commands/io.js';

// The first extraction of the corpus compiles every rule set, which takes seconds.
vi.setConfig({ testTimeout: 30_000 });

describe('runCompare on the bundled corpus', () => {
  it('prints JSON with facts (known keys, a value or null for every file, a status) and observations', () => {
    const io = captureIo();
    expect(runCompare([], { json: true, lang: 'en' }, io)).toBe(0);
    const out = JSON.parse(io.out()) as { facts: Array<{ key: string; articles: Record<string, unknown>; status: string }>; observations: Array<{ text: string; evidence: Array<{ file: string }> }> };
    const files = ['000_b956f6f9bd0a9939.txt', '001_17d41b3b49bf35a7.txt', '002_343dc55e35afd3d3.txt', '003_77d345951c0f3b9e.txt', '004_0f1883a4f3c83c47.txt'];
    for (const f of out.facts) {
      expect(f.key).toMatch(/^(speedup|budget|revenue|revenue-growth|profit|profit-growth|(organization|source|person):[^A-Z]+)$/);
      expect(Object.keys(f.articles).sort()).toEqual(files);
      expect(['agree', 'differ', 'single']).toContain(f.status);
    }
    for (const o of out.observations) for (const e of o.evidence) expect(files).toContain(e.file);
  });

  it('prints the human form in the language asked for, within 80 columns when not on a terminal', () => {
    const io = captureIo({ LANG: 'de_DE.UTF-8' });
    expect(runCompare([], {}, io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toBe('5 Artikel im Vergleich');
    expect(lines).toContain('Beobachtungen');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('refuses an unsupported language as a usage error', () => {
    expect(() => runCompare([], { lang: 'xx' }, captureIo())).toThrow(UserError);
  });
});
