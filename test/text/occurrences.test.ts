import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/text/occurrences.js';

describe('occurrences', () => {
  it('counts from the left without overlaps', () => {
    expect(occurrences('„Ja“, sagte er, „nein“', '„')).toBe(2);
    expect(occurrences('aaaa', 'aa')).toBe(2);
    expect(occurrences('aaa', 'aa')).toBe(1);
    expect(occurrences('Netflix and Netflix', 'Netflix')).toBe(2);
    expect(occurrences('no quote here', '"')).toBe(0);
  });
});
