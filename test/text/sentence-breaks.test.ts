import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../src/text/sentence-breaks.js';
import { LANGS, type Lang } from '../../src/facts.js';

const segmenters = new Map(LANGS.map((lang) => [lang, new Intl.Segmenter(lang, { granularity: 'sentence' })]));

/** The end offsets of Intl.Segmenter's sentences, the reference the fast path must equal. */
function segmenterEnds(text: string, lang: Lang): number[] {
  return Array.from(segmenters.get(lang)!.segment(text), (s) => s.index + s.segment.length);
}

/** The pieces of `text` cut at `ends`. */
function pieces(text: string, ends: readonly number[]): string[] {
  return ends.map((end, i) => text.slice(i ? ends[i - 1] : 0, end));
}

/** Every code point the fast path knows (the rest it leaves to the segmenter). */
const KNOWN: string[] = [];
for (let code = 0; code < 0x10000; code++) {
  const char = String.fromCharCode(code);
  if (sentenceEnds(char)) KNOWN.push(char);
}

describe('sentenceEnds', () => {
  it('cuts news text where a sentence ends', () => {
    const text = 'Sales rose 3.5 percent in the U.S. market. "Good," he said. Why? Nobody knows… ¿Qué? Sí. (Er ging.) Dann kam er.';
    expect(pieces(text, sentenceEnds(text)!)).toEqual([
      'Sales rose 3.5 percent in the U.S. market. ',
      '"Good," he said. ',
      'Why? ',
      'Nobody knows… ¿Qué? ',
      'Sí. ',
      '(Er ging.) ',
      'Dann kam er.',
    ]);
  });

  it('does not cut before a lower-case word, a number right after the dot, or a continuing comma', () => {
    const text = 'He met Mr. smith at 10.30 a.m. today, etc., and left. Then.';
    expect(pieces(text, sentenceEnds(text)!)).toEqual(['He met Mr. smith at 10.30 a.m. today, etc., and left. ', 'Then.']);
  });

  it('gives up on characters it does not know, and on nothing else of common news text', () => {
    for (const text of ['Café\u0301 ouvert.', 'Москва. Ok.', 'Tab\there.', 'Soft\u00adhyphen.', 'Emoji 😀.', 'Zero\u200bwidth.', 'x²', '½ price', 'Ⅻ.']) {
      expect(sentenceEnds(text)).toBeUndefined();
    }
    const common = 'Æ Ø Å æ ø å ß ä ö ü é è ê ç ñ ó í á ú œ « » „ “ ” ‘ ’ ‹ › – — … € £ $ % & / § ° · • × ¡ ¿ \u00a0\u202f\u2009';
    for (const char of common.split(' ')) expect(sentenceEnds(`${char}.`), JSON.stringify(char)).toBeDefined();
  });

  it('knows no mark, control, format or unassigned character, no separator and no number but 0–9', () => {
    expect(KNOWN.filter((char) => /[\p{M}\p{C}\p{Zl}\p{Zp}\p{No}\p{Nl}]|[^\P{Nd}0-9]/u.test(char))).toEqual([]);
  });

  it('is empty for an empty text', () => {
    expect(sentenceEnds('')).toEqual([]);
  });

  it('agrees with Intl.Segmenter on every known character in contexts around a terminator', () => {
    const contexts = ['aX Bc', 'aX) B', 'a.Xb', 'a. X b', 'A.X', 'a.)X', 'a. )X c', 'a? X', 'a?X', 'X. B', 'a X. B', 'a. (X B', 'a. 1X b', 'a.X5', 'x. X b', 'a."X', "a.' X b", 'a!X b', 'a.  X B', 'Xa. B'];
    const wrong: string[] = [];
    for (const char of KNOWN) {
      for (const context of contexts) {
        const text = context.replaceAll('X', char);
        for (const lang of ['en', 'fr'] as const) {
          if (sentenceEnds(text)!.join() !== segmenterEnds(text, lang).join()) wrong.push(`${lang} ${JSON.stringify(text)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  /** The characters sentence rules tell apart, in every class, each weighted up so that they meet often. */
  const SIGNIFICANT = [
    ...'.!?…‼⁇․', // terminators and look-alikes
    ...'"\'«»„“”‘’‹›‚()[]{}', // quotes and brackets (Close)
    ...',;:-–—', // continuing punctuation
    ' ', '\u00a0', '\u202f', '\u2009', // spaces
    ...'0123456789',
    ...'aAzZéÉßøØåÅæÆñÑçÇüÜöÖœŒªºǅĳ', // lower, upper, title case letters of the six languages
    ...'%$€&/*+=#@_~¿¡§°·•×',
  ];
  const chars = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SIGNIFICANT) }, { weight: 1, arbitrary: fc.constantFrom(...KNOWN) });
  const words = fc.constantFrom('Mr.', 'z. B.', 'U.S.', 'etc.', 'No. 1', '3.5', 'a.m.', '...', '?!', ' . ', '." ', '») ', ' the', ' Der');

  it.each(LANGS)('agrees with Intl.Segmenter (%s) on random text made of those characters', (lang) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(chars, words), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sentenceEnds(text)).toEqual(segmenterEnds(text, lang));
      }),
      { numRuns: 4000 },
    );
  });
});
