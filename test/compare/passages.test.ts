import { describe, expect, it } from 'vitest';
import { PASSAGE_MIN_WORDS, sharedPassages } from '../../src/compare/passages.js';
import { compareArticles } from '../../src/compare/view.js';
import { article } from './build.js';

// 18 words shared by both French texts, differently punctuated and cased.
const SHARED_A = 'Le conseil municipal a voté mardi soir un budget de rénovation pour les trois écoles du quartier nord';
const SHARED_B = 'le Conseil municipal a voté, mardi soir, un budget de rénovation pour les trois écoles du quartier Nord';

describe('shared passages', () => {
  const a = article(`Rénovation des écoles\n\n${SHARED_A}. Les travaux commencent en juin.`, 'fr', 'fr-a');
  const b = article(`Écoles: le chantier est lancé\n\nSelon la mairie, ${SHARED_B}, après un long débat.`, 'fr', 'fr-b');

  it('finds the longest run of identical words, ignoring case and punctuation, with exact evidence in both', () => {
    const [p, ...rest] = sharedPassages(a, b);
    expect(rest).toEqual([]);
    expect(p!.words).toBe(18);
    expect(p!.a.text).toBe(SHARED_A);
    expect(p!.b.text).toBe(SHARED_B);
    expect(a.body.slice(p!.a.start, p!.a.end)).toBe(p!.a.text);
    expect(b.body.slice(p!.b.start, p!.b.end)).toBe(p!.b.text);
    expect(p!.b.sentence).toContain(SHARED_B);
  });

  it('needs at least PASSAGE_MIN_WORDS identical words in a row', () => {
    const words = SHARED_A.split(' ');
    const shortA = article(`${words.slice(0, PASSAGE_MIN_WORDS - 1).join(' ')} hier.`, 'fr', 's-a');
    const shortB = article(`${words.slice(0, PASSAGE_MIN_WORDS - 1).join(' ')} aujourd’hui.`, 'fr', 's-b');
    expect(sharedPassages(shortA, shortB)).toEqual([]);
    const longA = article(`${words.slice(0, PASSAGE_MIN_WORDS).join(' ')} hier.`, 'fr', 'l-a');
    const longB = article(`${words.slice(0, PASSAGE_MIN_WORDS).join(' ')} aujourd’hui.`, 'fr', 'l-b');
    expect(sharedPassages(longA, longB).map((p) => p.words)).toEqual([PASSAGE_MIN_WORDS]);
  });

  it('becomes an observation for two articles in one language, not across languages', () => {
    const en = article(`The council voted on Tuesday for a renovation budget for the three schools of the northern district.`, 'en', 'en');
    const v = compareArticles(
      [
        { article: a, facts: [] },
        { article: b, facts: [] },
        { article: en, facts: [] },
      ],
      'en',
    );
    expect(v.observations.map((o) => [o.kind, o.files, o.text])).toEqual([
      ['shared-passage', ['fr-a.txt', 'fr-b.txt'], 'A and B (both in French) share a passage of 18 identical words; one text may draw on the other, or both on a common text.'],
    ]);
    expect(v.observations[0]!.evidence.map((e) => [e.file, e.text])).toEqual([
      ['fr-a.txt', SHARED_A],
      ['fr-b.txt', SHARED_B],
    ]);
  });

  it('stays fast on long texts', () => {
    const long = (seed: number) => Array.from({ length: 40000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ') + '.';
    const t0 = performance.now();
    sharedPassages(article(long(7), 'en', 'x'), article(long(13), 'en', 'y'));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
