import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { gateRgiEmoji, gateStringWidthEmoji } from '../../src/scripts/ink-bundling.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const installed = fs.readFileSync(path.join(root, 'node_modules/string-width/index.js'), 'utf8');
// The v flag is newer than the type checker's target: the pattern is built at run time.
const RGI = new RegExp('^\\p{RGI_Emoji}$', 'v');
/** The gate, as the plugin writes it into string-width. */
const GATE = new RegExp(/const mayBeRgiEmoji = \/(.+)\/u;/.exec(gateRgiEmoji(installed))![1]!, 'u');

const SEQUENCES = ['😀', '⌚', '©️', '™️', '#️⃣', '1️⃣', '🇳🇴', '🇦🇷', '👍🏽', '👩‍💻', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '✔️', '🧑🏾‍🚀'];

describe('the string-width emoji gate', () => {
  it('applies to the string-width Ink is bundled with', () => {
    expect(gateRgiEmoji(installed)).not.toBe(installed);
    expect(gateRgiEmoji(installed)).toContain('mayBeRgiEmoji.test(segment) && rgiEmojiRegex.test(segment)');
  });

  it('lets every RGI emoji through: each code point that is one, and the sequences', () => {
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (RGI.test(ch) && !GATE.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
    for (const s of SEQUENCES) {
      expect(RGI.test(s), s).toBe(true);
      expect(GATE.test(s), s).toBe(true);
    }
    // What the lesson shows is stopped at the gate.
    for (const s of ['’', '“', 'é', 'ø', '✓', '✗', '→', '·', '…', '€', '—']) expect(GATE.test(s), s).toBe(false);
  });

  it('gives the widths string-width gives', async () => {
    const out = await build({
      stdin: { contents: "export { default } from 'string-width';", resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      plugins: [gateStringWidthEmoji],
    });
    const code = out.outputFiles[0]!.text;
    expect(code).toContain('Emoji_Component');
    const gated = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: typeof stringWidth };
    const samples = [
      ...SEQUENCES,
      ...SEQUENCES.map((s) => `a ${s} b`),
      'plain ASCII',
      '“Netflix” l’été — 11 000 $ ✓ ✗ → … €',
      'Ærø blåbær',
      '日本語のテキスト',
      '한국어 각',
      'e\u0301 a\u0308',
      '\u001b[1mbold\u001b[22m ✓',
      '1\u20e3 #\u20e3',
      'x\u200dy',
      '🏻 alone',
    ];
    for (const s of samples) expect(gated.default(s), s).toBe(stringWidth(s));
  });
});
