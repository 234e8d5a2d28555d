/** Duckling-style corpus checks for organizations: exactly these (name, canonical) pairs, or none. */
import { expect, it } from 'vitest';
import { factsOf, type Lang } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';

export type OrganizationExample = [text: string, expected: Array<[name: string, canonical: string]>];

function found(text: string, lang: Lang): Array<[string, string]> {
  const pairs = factsOf(factsIn(text, lang), 'organization').map((f): [string, string] => [f.name, f.canonical]);
  return [...new Map(pairs.map((p) => [p.join('\u0000'), p])).values()];
}

export function organizationCorpus(lang: Lang, positive: OrganizationExample[], negative: string[]): void {
  it.each(positive)('finds the organizations of %j', (text, expected) => {
    expect(found(text, lang).sort()).toEqual([...expected].sort());
  });
  it.each(negative)('finds no organization in %j', (text) => {
    expect(found(text, lang)).toEqual([]);
  });
}
