/** Who a fact is attributed to, in each article language. */
import { describe, expect, it } from 'vitest';
import type { ArticleFacts, Fact } from '../../src/facts.js';
import { speakerFor } from '../../src/summarize/attribution.js';
import { article, facts } from '../compare/build.js';

/** The speaker of the article's money facts, read in English. */
function speakerOfMoney({ article: a, facts: list }: ArticleFacts) {
  const money = list.filter((f: Fact) => f.kind === 'money');
  return speakerFor(a, list, money, 'en');
}

describe('attribution', () => {
  it('takes a source named after "according to" at the end of the sentence (en)', () => {
    const a = article('Revenue rose to $5 million last year, according to Reuters.', 'en');
    expect(speakerOfMoney(facts(a).money('$5 million', 5e6, 'USD', 'revenue').source('according to Reuters', 'Reuters').done())).toEqual({
      kind: 'source',
      name: 'Reuters',
    });
  });

  it('takes a source after "laut" inside the sentence (de)', () => {
    const a = article('Der Umsatz stieg laut Reuters auf 5 Millionen Euro.', 'de');
    expect(speakerOfMoney(facts(a).money('5 Millionen Euro', 5e6, 'EUR', 'revenue').source('Reuters', 'Reuters').done())).toEqual({
      kind: 'source',
      name: 'Reuters',
    });
  });

  it('takes an organization after "volgens de" (nl)', () => {
    const a = article('Volgens de NOS bedroeg de winst 3 miljoen euro.', 'nl');
    expect(speakerOfMoney(facts(a).money('3 miljoen euro', 3e6, 'EUR', 'profit').org('NOS', 'nos').done())).toEqual({
      kind: 'source',
      name: 'NOS',
    });
  });

  it('takes a person with the role stated at another mention (nb)', () => {
    const a = article('Ifølge Nilsen var overskuddet på 2 millioner kroner, opplyste konsernsjef Kari Nilsen i går.', 'nb');
    const built = facts(a)
      .person('Nilsen', 'Kari Nilsen')
      .person('konsernsjef Kari Nilsen', 'Kari Nilsen', 'CEO')
      .money('2 millioner kroner', 2e6, 'NOK', 'profit')
      .done();
    expect(speakerOfMoney(built)).toEqual({ kind: 'person', name: 'Kari Nilsen', role: 'CEO' });
  });

  it('takes a source a few words after "según" (es) and after "D’après" (fr)', () => {
    const es = article('La facturación fue de 3 millones de euros, según el diario El País.', 'es');
    expect(speakerOfMoney(facts(es).money('3 millones de euros', 3e6, 'EUR', 'revenue').source('El País', 'El País').done())).toEqual({
      kind: 'source',
      name: 'El País',
    });
    const fr = article("D’après Le Monde, le bénéfice a atteint 4 millions d'euros.", 'fr');
    expect(speakerOfMoney(facts(fr).money("4 millions d'euros", 4e6, 'EUR', 'profit').source('Le Monde', 'Le Monde').done())).toEqual({
      kind: 'source',
      name: 'Le Monde',
    });
  });

  it('prefers the person to the organization in "according to Netflix co-CEO Ted Sarandos"', () => {
    const a = article('According to Netflix co-CEO Ted Sarandos, revenue was $11 billion.', 'en');
    const built = facts(a)
      .org('Netflix', 'netflix')
      .person('co-CEO Ted Sarandos', 'Ted Sarandos', 'co-CEO')
      .money('$11 billion', 11e9, 'USD', 'revenue')
      .done();
    expect(speakerOfMoney(built)).toEqual({ kind: 'person', name: 'Ted Sarandos', role: 'co-CEO' });
  });

  it('leaves the article as the speaker without a marker, or when punctuation stands between', () => {
    const said = article('Ted Sarandos said profit was $1 billion.', 'en');
    expect(speakerOfMoney(facts(said).person('Ted Sarandos', 'Ted Sarandos').money('$1 billion', 1e9, 'USD', 'profit').done())).toEqual({
      kind: 'article',
    });
    const apart = article('According to the report, which Reuters published, revenue was $2 billion.', 'en');
    expect(speakerOfMoney(facts(apart).org('Reuters', 'reuters').money('$2 billion', 2e9, 'USD', 'revenue').done())).toEqual({
      kind: 'article',
    });
    const elsewhere = article('Ifølge NRK er saken alvorlig. Inntektene var på 4 millioner kroner.', 'nb');
    expect(speakerOfMoney(facts(elsewhere).org('NRK', 'nrk').money('4 millioner kroner', 4e6, 'NOK', 'revenue').done())).toEqual({
      kind: 'article',
    });
  });
});
