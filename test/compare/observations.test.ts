import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/view.js';
import { article, facts } from './build.js';
import { ferryStory } from './ferry-story.js';

describe('observations on the hand-built ferry story', () => {
  const en = compareArticles(ferryStory(), 'en');
  const texts = en.observations.map((o) => o.text);

  it('states a differing figure with the articles on each side, never a verdict', () => {
    const o = en.observations.find((x) => x.kind === 'figure-differs')!;
    expect(o.text).toBe('Speed-up: A and B state 10 times; C states 3 times.');
    expect(o.keys).toEqual(['speedup']);
    expect(o.evidence.map((e) => [e.file, e.text])).toEqual([
      ['ferry-en.txt', 'ten times faster'],
      ['ferry-de.txt', 'zehnmal schneller'],
      ['ferry-es.txt', 'tres veces más rápido'],
    ]);
    expect(texts.join(' ')).not.toMatch(/wrong|correct|false|true/i);
  });

  it('names what only one article states, with its evidence', () => {
    expect(texts).toContain('Revenue growth: stated only by A (12%).');
    expect(texts).toContain('Only A cites Reuters.');
    expect(texts).toContain('Only B names Hafenbehörde Bergen.');
    const growth = en.observations.find((o) => o.kind === 'single-figure')!;
    expect(growth.evidence).toEqual([expect.objectContaining({ file: 'ferry-en.txt', text: '12%' })]);
  });

  it('shows that the articles give a person different roles', () => {
    const o = en.observations.find((x) => x.kind === 'role-differs')!;
    expect(o.text).toBe('Kari Holm: CEO in A and B; president in C.');
    expect(o.evidence.map((e) => e.file)).toEqual(['ferry-en.txt', 'ferry-de.txt', 'ferry-es.txt']);
  });

  it('does not report an agreeing figure (the revenue) as a difference', () => {
    expect(en.observations.some((o) => o.keys.includes('revenue'))).toBe(false);
  });

  it('speaks the reader’s language, with values formatted for it', () => {
    const de = compareArticles(ferryStory(), 'de').observations.map((o) => o.text);
    expect(de).toContain('Beschleunigung: A und B nennen 10-mal; C nennt 3-mal.');
    expect(de).toContain('Umsatzwachstum: nur in A genannt (12\u00a0%).');
    const es = compareArticles(ferryStory(), 'es').observations.map((o) => o.text);
    expect(es).toContain('Aceleración: A y B indican 10 veces; C indica 3 veces.');
    expect(es).toContain('Solo A cita a Reuters como fuente.');
    const nb = compareArticles(ferryStory(), 'nb').observations.map((o) => o.text);
    expect(nb).toContain('Hastighetsøkning: A og B oppgir 10 ganger; C oppgir 3 ganger.');
    const fr = compareArticles(ferryStory(), 'fr').observations.map((o) => o.text);
    expect(fr).toContain('Accélération\u00a0: A et B indiquent 10 fois\u00a0; C indique 3 fois.');
    const nl = compareArticles(ferryStory(), 'nl').observations.map((o) => o.text);
    expect(nl).toContain('Versnelling: A en B noemen 10 keer; C noemt 3 keer.');
  });

  it('names articles by file when asked (for JSON)', () => {
    const byFile = compareArticles(ferryStory(), 'en', { naming: 'file' });
    expect(byFile.observations[0]!.text).toBe('Speed-up: ferry-en.txt and ferry-de.txt state 10 times; ferry-es.txt states 3 times.');
  });
});

describe('observations on other sets', () => {
  it('reports an article that states two values for one figure', () => {
    const a = article('Die Anlage arbeitet zehnmal schneller. An anderer Stelle heißt es, sie sei dreimal schneller.', 'de', 'de-a');
    const v = compareArticles([facts(a).speedup('zehnmal schneller', 10).speedup('dreimal schneller', 3).done()], 'en');
    expect(v.observations.map((o) => [o.kind, o.text])).toEqual([['inconsistent-figure', 'Speed-up: A states more than one value: 10 times and 3 times.']]);
    expect(v.observations[0]!.evidence.map((e) => e.text)).toEqual(['zehnmal schneller', 'dreimal schneller']);
  });

  it('says nothing is stated by "only one" article when there is only one article', () => {
    const a = article('Según EFE, la empresa facturó 500 millones de euros.', 'es', 'solo');
    const v = compareArticles([facts(a).source('Según EFE', 'EFE').money('500 millones de euros', 5e8, 'EUR', 'revenue').done()], 'es');
    expect(v.observations).toEqual([]);
  });

  it('tells each article’s value as it states it, an approximate one apart from an exact one', () => {
    const text = (n: string) => `Le groupe a réalisé un chiffre d’affaires de ${n} milliards d’euros en 2024.`;
    const [a, b, c] = [['2,3', 2.3e9, false], ['2,4', 2.4e9, true], ['2,5', 2.5e9, false]].map(([n, amount, approximate], i) => {
      const art = article(text(approximate ? `près de ${n}` : (n as string)), 'fr', `fr-${i}`);
      return facts(art).money(`${n} milliards d’euros`, amount as number, 'EUR', 'revenue', approximate as boolean).done();
    });
    const v = compareArticles([a!, b!, c!], 'fr');
    expect(v.observations.map((o) => o.text.replace(/\u00a0/g, ' '))).toEqual([
      "Chiffre d'affaires : A indique 2,3 milliards d'euros ; B indique environ 2,4 milliards d'euros ; C indique 2,5 milliards d'euros.",
    ]);
  });

  it('does not list an organization cited as a source twice', () => {
    const a = article('Nach Angaben von Reuters wächst der Markt. Reuters berichtete zuerst.', 'de', 'a');
    const b = article('Der Markt wächst weiter, sagen Fachleute.', 'de', 'b');
    const v = compareArticles([facts(a).source('Nach Angaben von Reuters', 'Reuters').org('Reuters', 'reuters', 1).done(), facts(b).done()], 'en');
    expect(v.observations.map((o) => o.text)).toEqual(['Only A cites Reuters.']);
  });
});
