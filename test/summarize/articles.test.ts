/**
 * Articles written for the tests, with the facts the extractors find, in all
 * six reader languages: the same guarantees as for the seeds, and an article
 * with few facts or none says less and invents nothing.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.js';
import { extractFacts } from '../../src/extract/index.js';
import { LANGS, type ArticleFacts } from '../../src/facts.js';
import { summarize } from '../../src/summarize/index.js';
import { article } from '../helpers.js';
import { numbersIn, problemsOf } from './check.js';

// Extracted while the tests are collected: the first extraction compiles every rule.
const fixtures: ArticleFacts[] = loadArticles([path.resolve('test/fixtures/articles')]).articles.map((a) => ({
  article: a,
  facts: extractFacts(a),
}));

describe('test articles in every reader language', () => {
  const cases = fixtures.flatMap((input) => LANGS.map((lang) => [path.basename(input.article.file), lang, input] as const));
  it.each(cases)('%s in %s', (_, lang, input) => {
    expect(problemsOf(summarize(input, lang), input, lang)).toEqual([]);
  });
});

describe('few facts', () => {
  it('an opinion piece without facts gets no lead and no fact sentences, only its quotes', () => {
    const input = fixtures.find((f) => f.article.file.endsWith('nl-opinion-weather.txt'))!;
    expect(input.facts).toEqual([]);
    for (const lang of LANGS) {
      const s = summarize(input, lang);
      expect(s.lead).toBeNull();
      expect(s.sentences).toEqual([]);
      expect(s.quotes.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    [
      'en',
      'The town council of Millbrook voted on Monday to close the old library on Station Road. ' +
        'Around 40 residents protested outside the town hall before the vote. ' +
        'The building, which opened in 1911, will stay shut until a new use is found.',
    ],
    [
      'de',
      'Der Gemeinderat von Kleinstadt hat am Montag beschlossen, die alte Bibliothek zu schließen. ' +
        'Vor dem Rathaus protestierten rund 40 Bürgerinnen und Bürger gegen die Entscheidung. ' +
        'Das Gebäude aus dem Jahr 1911 bleibt geschlossen, bis eine neue Nutzung gefunden ist.',
    ],
    [
      'fr',
      "Le conseil municipal de Villeneuve a voté lundi la fermeture de l'ancienne bibliothèque. " +
        "Une quarantaine d'habitants ont manifesté devant la mairie avant le vote. " +
        "Le bâtiment, ouvert en 1911, restera fermé jusqu'à ce qu'un nouvel usage soit trouvé.",
    ],
  ] as const)('an article with few facts (%s) says no number, year or count it does not state as a fact', (lang, text) => {
    const a = article(text, lang);
    const input = { article: a, facts: extractFacts(a) };
    for (const reader of LANGS) {
      const s = summarize(input, reader);
      expect(problemsOf(s, input, reader)).toEqual([]);
      const said = [s.lead?.text ?? '', ...s.sentences.map((x) => x.text)].join(' ');
      expect(numbersIn(said)).toEqual([]);
      expect(s.sentences.length).toBeLessThanOrEqual(input.facts.length);
    }
  });
});
