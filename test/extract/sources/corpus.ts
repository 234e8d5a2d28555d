/** Duckling-style corpus checks for cited sources: exactly these names, or none. */
import { expect, it } from 'vitest';
import { factsOf, type Lang } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';

export type SourceExample = [text: string, expected: string[]];

function found(text: string, lang: Lang): string[] {
  return [...new Set(factsOf(factsIn(text, lang), 'source').map((f) => f.name))];
}

export function sourceCorpus(lang: Lang, positive: SourceExample[], negative: string[]): void {
  it.each(positive)('finds the sources of %j', (text, expected) => {
    expect(found(text, lang).sort()).toEqual([...expected].sort());
  });
  it.each(negative)('finds no source in %j', (text) => {
    expect(found(text, lang)).toEqual([]);
  });
}
