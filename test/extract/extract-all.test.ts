import { describe, expect, it } from 'vitest';
import { EXTRACTION_STEPS, extractAll, extractFacts, extractSteps } from '../../src/extract/index.js';
import { article } from '../helpers.js';

const mixed = [
  article('Lumen Pictures said revenue rose 12% to $40 million in 2025.', 'en', 'a'),
  article('Der Umsatz stieg um 8 % auf 30 Millionen Euro, sagte Finanzchefin Anna Berg.', 'de', 'b'),
  article('The new encoder is ten times faster than the old one, the company said.', 'en', 'c'),
  article('Omsetningen økte med 5 prosent til 20 millioner kroner.', 'nb', 'd'),
  article('Die neue Software arbeitet zehnmal schneller.', 'de', 'e'),
];

describe('extractAll', () => {
  it('returns the facts of each article in the order of the articles, as extracting one at a time does', () => {
    const all = extractAll(mixed);
    expect(all.map((a) => a.article.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(all.map((a) => a.facts)).toEqual(mixed.map((a) => extractFacts(a)));
    expect(all.every((a) => a.facts.length > 0)).toBe(true);
  });

  it('gives an article the same facts whatever other articles it is extracted with', () => {
    const reversed = extractAll([...mixed].reverse());
    expect(reversed.map((a) => a.facts).reverse()).toEqual(extractAll(mixed).map((a) => a.facts));
    expect(extractAll([mixed[3]!])[0]!.facts).toEqual(extractFacts(mixed[3]!));
  });

  it('works step by step: a step per dimension (seven), then the facts of each article as extracting it alone gives them', () => {
    const steps = extractSteps(mixed);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    expect(yielded).toBe(EXTRACTION_STEPS);
    expect(EXTRACTION_STEPS).toBe(7);
    expect(step.value).toEqual(mixed.map((a) => ({ article: a, facts: extractFacts(a) })));
  });
});
