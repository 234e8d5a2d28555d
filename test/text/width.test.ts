/**
 * The width of text on screen: the shortcut for text that needs no segmenting
 * must measure and split exactly as segmenting into graphemes does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, graphemeWidth, splitGraphemes, truncate } from '../../src/text/width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmented = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);
const segmentedWidth = (text: string) => segmented(text).reduce((w, g) => w + graphemeWidth(g), 0);

/** Characters of the shortcut's set, beside ones that combine, join, take two columns or none. */
const CHARS = [
  ...'aZ09 ~!éßñøæÅœŁʼ˚·«»–—‘’“”„…‰※‼⁉↑↓←→↔─│┌█░▓✓✗❯\u00a0\u202f\u00ad',
  '\u0301', '\u0308', '\u200b', '\u200d', '\u2028', '\u202e', '\u2066', '\ufe0f', '\r', '\n', '\t',
  '中', '한', 'ｶ', '😀', '👍', '🏽', '🇳', '🇴', '✅', '❌', '⌚', '\u1100', '\u1161', 'ก', 'ำ', 'क', '्', 'ष',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));

describe('display width', () => {
  it('measures and splits any text as segmenting into graphemes does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(displayWidth(t)).toBe(segmentedWidth(t));
        expect(splitGraphemes(t)).toEqual(segmented(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts wide characters two columns, marks and joiners none', () => {
    expect(displayWidth('Norsk bokmål · ❯ ↑↓ ─ ✓ ✗')).toBe(25);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('中文')).toBe(4);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(truncate('Français – ‘quoted’ text', 12)).toBe('Français –…');
  });
});
