import { describe, expect, it } from 'vitest';
import { moneyRules } from '../../src/extract/money/rules.js';
import { peoplePatterns } from '../../src/extract/people/patterns.js';
import { releasable, releaseCaches } from '../../src/util/releasable.js';

describe('releasable caches', () => {
  it('are emptied by releaseCaches, and other maps are not', () => {
    const kept = new Map([['a', 1]]);
    const released = releasable(new Map([['b', 2]]));
    releaseCaches();
    expect(released.size).toBe(0);
    expect(kept.get('a')).toBe(1);
  });

  it('hold the compiled extraction rules: after a release they are compiled anew, the same', () => {
    const people = peoplePatterns('de');
    const money = moneyRules('fr');
    expect(peoplePatterns('de')).toBe(people);
    releaseCaches();
    const againPeople = peoplePatterns('de');
    const againMoney = moneyRules('fr');
    expect(againPeople).not.toBe(people);
    expect(againMoney).not.toBe(money);
    expect(againPeople.speakerVerb.source).toBe(people.speakerVerb.source);
  });
});
