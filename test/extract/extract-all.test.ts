import { describe, expect, it } from 'vitest';
import { extractAll, extractFacts, inLanguageOrder } from '../../src/extract/index.js';
import { article } from '../helpers.js';

const mixed = [
  article('Lumen Pictures said revenue rose 12% to $40 million in 2025.', 'en', 'a'),
  article('Der Umsatz stieg um 8 % auf 30 Millionen Euro, sagte Finanzchefin Anna Berg.', 'de', 'b'),
  article('The new encoder is ten times faster than the old one, the company said.', 'en', 'c'),
  article('Omsetningen økte med 5 prosent til 20 millioner kroner.', 'nb', 'd'),
  article('Die neue Software arbeitet zehnmal schneller.', 'de', 'e'),
];

describe('extractAll', () => {
  it('works through the articles one language at a time, each language in its own order', () => {
    expect(inLanguageOrder(mixed)).toEqual([0, 2, 1, 4, 3]);
  });

  it('returns the facts of each article in the order of the articles, as extracting one at a time does', () => {
    const all = extractAll(mixed);
    expect(all.map((a) => a.article.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(all.map((a) => a.facts)).toEqual(mixed.map((a) => extractFacts(a)));
    expect(all.every((a) => a.facts.length > 0)).toBe(true);
  });
});
