import { describe, expect, it } from 'vitest';
import { articleReports } from '../../src/compare/article-report.js';
import { buildMatrix } from '../../src/compare/matrix.js';
import { article, facts } from './build.js';
import { ferryStory } from './ferry-story.js';

const reportsOf = (all: ReturnType<typeof ferryStory>) => articleReports(buildMatrix(all), all);

describe('per-article reports on the hand-built ferry story', () => {
  const [en, de, es] = reportsOf(ferryStory());

  it('lists whom an article cites or names, with the figures in the same sentence', () => {
    expect(en!.citations.map((c) => [c.key, c.kind, c.roles, c.about])).toEqual([
      ['source:reuters', 'source', [], ['revenue', 'revenue-growth']],
      ['person:kari holm', 'person', ['CEO'], []],
    ]);
    expect(es!.citations.map((c) => [c.name, c.roles])).toEqual([['Kari Holm', ['president']]]);
  });

  it('lists what the others state and the article leaves out', () => {
    expect(en!.omits).toEqual(['organization:port authority of bergen']);
    expect(de!.omits).toEqual(['revenue-growth', 'source:reuters']);
    expect(es!.omits).toEqual(['revenue', 'revenue-growth', 'organization:port authority of bergen', 'source:reuters']);
  });

  it('lists figures whose sentence has no source and no person with a role', () => {
    expect(en!.unattributed.map((f) => f.evidence.text)).toEqual(['ten times faster']);
    expect(de!.unattributed.map((f) => f.evidence.text)).toEqual(['zehnmal schneller', '2,4 Milliarden Dollar']);
    // An amount without a matrix role (a cost) is a figure too.
    expect(es!.unattributed.map((f) => f.evidence.text)).toEqual(['tres veces más rápido', '40 millones de euros']);
  });
});

describe('attribution is decided within the sentence', () => {
  it('counts a person with a role as attribution, a person without one not', () => {
    const a = article(
      'Volgens topvrouw Anna de Vries steeg de omzet met 8 procent. Jan Bakker noemde een winst van 3 miljoen euro. Het jaar daarvoor was de winst 2 miljoen euro.',
      'nl',
      'nl',
    );
    const all = [
      facts(a)
        .person('topvrouw Anna de Vries', 'Anna de Vries', 'CEO')
        .percent('8 procent', 8, 'revenue-growth')
        .person('Jan Bakker', 'Jan Bakker')
        .money('3 miljoen euro', 3e6, 'EUR', 'profit')
        .money('2 miljoen euro', 2e6, 'EUR', 'profit')
        .done(),
    ];
    const [r] = reportsOf(all);
    expect(r!.unattributed.map((f) => f.evidence.text)).toEqual(['3 miljoen euro', '2 miljoen euro']);
    expect(r!.citations.map((c) => [c.name, c.about])).toEqual([
      ['Anna de Vries', ['revenue-growth']],
      ['Jan Bakker', ['profit']],
    ]);
  });

  it('does not carry a source over to the next sentence', () => {
    const a = article('Ifølge NTB åpner anlegget i mars. Det skal produsere ti ganger raskere enn det gamle.', 'nb', 'nb');
    const [r] = reportsOf([facts(a).source('Ifølge NTB', 'NTB').speedup('ti ganger raskere', 10).done()]);
    expect(r!.unattributed.map((f) => f.evidence.text)).toEqual(['ti ganger raskere']);
    expect(r!.citations[0]!.about).toEqual([]);
  });
});
