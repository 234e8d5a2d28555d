/** Duckling-style corpus checks for people: exactly these (name, role) pairs, or none. */
import { expect, it } from 'vitest';
import { factsOf, type Lang } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';

/** A role of undefined: the person is named without one. */
export type PersonExample = [text: string, expected: Array<[name: string, role: string | undefined]>];

function found(text: string, lang: Lang): Array<[string, string | undefined]> {
  const pairs = factsOf(factsIn(text, lang), 'person').map((f): [string, string | undefined] => [f.name, f.role]);
  return [...new Map(pairs.map((p) => [`${p[0]}\u0000${p[1]}`, p])).values()];
}

const order = (a: [string, string | undefined], b: [string, string | undefined]) =>
  a[0].localeCompare(b[0]) || String(a[1]).localeCompare(String(b[1]));

export function peopleCorpus(lang: Lang, positive: PersonExample[], negative: string[]): void {
  it.each(positive)('finds the people of %j', (text, expected) => {
    expect(found(text, lang).sort(order)).toEqual([...expected].sort(order));
  });
  it.each(negative)('finds no person in %j', (text) => {
    expect(found(text, lang)).toEqual([]);
  });
}
