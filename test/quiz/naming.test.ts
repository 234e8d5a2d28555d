import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/facts.js';
import { articleLabel } from '../../src/quiz/article-label.js';
import { excerpt } from '../../src/quiz/excerpt.js';
import { at } from './fixtures.js';
import { article } from '../helpers.js';

const withHeader = (title: string, outlet: string | undefined, file: string): Article => ({ ...article('Text.', 'en', file.replace(/\.txt$/, '')), title, ...(outlet ? { outlet } : {}), file });

describe('articleLabel', () => {
  it('gives the title in the quiz language quotation marks and the outlet, else the file name', () => {
    expect(articleLabel(withHeader('Netflix confirms AI', 'CineD', 'x.txt'), 'en')).toBe('“Netflix confirms AI” (CineD)');
    expect(articleLabel(withHeader('Netflix bekrefter AI', undefined, 'corpus/000.txt'), 'nb')).toBe('«Netflix bekrefter AI» (000.txt)');
    expect(articleLabel(withHeader('Titre', undefined, 'a.txt'), 'fr')).toBe('«\u00a0Titre\u00a0» (a.txt)');
  });

  it('shortens a long title at a word', () => {
    const label = articleLabel(withHeader('Netflix hat die Nutzung neuronaler Netze aufgegeben: GenAI hilft bereits bei Serien', undefined, 'd.txt'), 'de');
    expect(label).toBe('„Netflix hat die Nutzung neuronaler Netze aufgegeben…“ (d.txt)');
  });

  it('adds the file when two articles would read the same', () => {
    const a = withHeader('Same title', 'Bright', 'a.txt');
    const b = withHeader('Same title', 'Bright', 'b.txt');
    expect(articleLabel(a, 'en', [a, b])).toBe('“Same title” (Bright, a.txt)');
    expect(articleLabel(b, 'en', [a, b])).toBe('“Same title” (Bright, b.txt)');
  });
});

describe('excerpt', () => {
  it('quotes a short sentence whole', () => {
    const a = article('The studio grew fast. Revenue rose to $3 billion last year. Nothing else.', 'en');
    expect(excerpt(a, at(a, '$3 billion'))).toBe('Revenue rose to $3 billion last year.');
  });

  it('cuts a long sentence around the evidence at word boundaries', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const a = article(`${words} the key phrase stands here ${words}.`, 'en');
    const quote = excerpt(a, at(a, 'the key phrase stands here'));
    expect(quote).toContain('the key phrase stands here');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(182);
    expect(quote).toMatch(/^…word\d+ .* word\d+…$/);
  });
});
