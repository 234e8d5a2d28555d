/**
 * Random Unicode text, in mixed scripts and with the shapes of real numbers and
 * money, runs through load, extract, summarize and generate without throwing,
 * and every fact's evidence is an exact substring of its article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText, isProblem } from '../../src/corpus/load.js';
import { extractFacts } from '../../src/extract/index.js';
import type { Lang } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { summarize } from '../../src/summarize/index.js';
import { evidenceIsExact } from '../helpers.js';

const LANGS: readonly Lang[] = ['en', 'de', 'nl', 'nb', 'es', 'fr'];

/** Pieces that look like news: figures, money, words in several scripts, punctuation. */
const piece = fc.oneof(
  fc.constantFrom('11 billion dollars', '€4,5 Mrd.', '1.234,56 kr', 'US$ 220 million', '12 %', '3,5 prozent', 'ten times faster', 'zehnmal schneller', 'according to Reuters', 'laut dpa', 'CEO Ted Sarandos', 'Netflix', 'Goya-Akademie', '. ', ', ', '\n\n', '"', '«', '»', '—', '(', ')', 'Mr.', 'z. B.', '1.', '2025', '¥', '₹ 3 lakh', 'Ωmega', 'Москва', '東京', 'مرحبا', '🙂', '\u00a0', '\u202f'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: -1e9, max: 1e12 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => d.toLocaleString('de-DE')),
  fc.constantFrom(' ', ' ', ' ', 'the ', 'der ', 'het ', 'og ', 'el ', 'le '),
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

function runAll(body: string, language: Lang | null, readerLang: Lang, seed: number): void {
  const raw = language ? `---\nlanguage: ${language}\n---\n${body}` : body;
  const a = articleFromText(raw, 'random.txt', 'random');
  if (isProblem(a)) {
    expect(a.reason).toBeTypeOf('string');
    return;
  }
  const facts = extractFacts(a);
  expect(evidenceIsExact(a, facts)).toBe(true);
  const s = summarize({ article: a, facts }, readerLang);
  for (const sentence of s.sentences) expect(sentence.text).toBeTypeOf('string');
  generateQuestions([{ article: a, facts }], readerLang, { seed });
}

// 10,000 cases take a few seconds alone, longer beside the rest of the suite.
describe('random text through the whole pipeline', () => {
  it('loads, extracts, summarizes and generates with a header language (6,000 cases)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), fc.constantFrom(...LANGS), fc.nat(1000), (body, lang, reader, seed) => runAll(body, lang, reader, seed)),
      { numRuns: 6000, seed: 2026 },
    );
  }, 60_000);

  it('loads, extracts, summarizes and generates with a detected language (4,000 cases)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGS), fc.nat(1000), (body, reader, seed) => runAll(body, null, reader, seed)),
      { numRuns: 4000, seed: 2027 },
    );
  }, 60_000);
});
