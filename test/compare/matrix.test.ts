import { describe, expect, it } from 'vitest';
import { buildMatrix, cellValues, sameValue, type Row } from '../../src/compare/matrix.js';
import { article, facts } from './build.js';
import { ferryStory } from './ferry-story.js';

const row = (rows: Row[], key: string) => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};

describe('buildMatrix on the hand-built ferry story (en, de, es)', () => {
  const m = buildMatrix(ferryStory());
  const [en, de, es] = ['ferry-en.txt', 'ferry-de.txt', 'ferry-es.txt'];

  it('has one row per fact key, figures first, names after', () => {
    expect(m.rows.map((r) => r.key)).toEqual([
      'speedup',
      'revenue',
      'revenue-growth',
      'organization:nordlys ferries',
      'organization:port authority of bergen',
      'source:reuters',
      'person:kari holm',
    ]);
  });

  it('sees the speed-ups differ: 10 in en and de, 3 in es', () => {
    const r = row(m.rows, 'speedup');
    expect(r.status).toBe('differ');
    expect([r.cells[en]?.value, r.cells[de]?.value, r.cells[es]?.value]).toEqual([10, 10, 3]);
  });

  it('lets "about $2.4 billion" agree with "2,4 Milliarden Dollar", and leaves es out of the revenue', () => {
    const r = row(m.rows, 'revenue');
    expect(r.status).toBe('agree');
    expect(r.cells[en]).toMatchObject({ value: 2.4e9, currency: 'USD', approximate: true });
    expect(r.cells[de]).toMatchObject({ value: 2.4e9, currency: 'USD', approximate: false });
    expect(r.cells[es]).toBeNull();
  });

  it('marks facts stated by one article as single, names as agreeing', () => {
    expect(row(m.rows, 'revenue-growth').status).toBe('single');
    expect(row(m.rows, 'source:reuters').status).toBe('single');
    expect(row(m.rows, 'organization:nordlys ferries').status).toBe('agree');
    expect(row(m.rows, 'person:kari holm').status).toBe('agree');
  });

  it('keeps an amount without a matrix role (a cost) out of the matrix', () => {
    expect(m.rows.some((r) => Object.values(r.cells).some((c) => c?.facts.some((f) => f.kind === 'money' && f.role === 'cost')))).toBe(false);
  });
});

describe('agreement of values', () => {
  it('takes an approximate amount within 5 % as the same figure, not an exact one', () => {
    expect(sameValue({ value: 11e9, currency: 'USD', approximate: true }, { value: 11.4e9, currency: 'USD', approximate: false })).toBe(true);
    expect(sameValue({ value: 11e9, currency: 'USD', approximate: true }, { value: 12e9, currency: 'USD', approximate: false })).toBe(false);
    expect(sameValue({ value: 11e9, currency: 'USD', approximate: false }, { value: 11.4e9, currency: 'USD', approximate: false })).toBe(false);
    expect(sameValue({ value: 11e9, currency: 'USD', approximate: true }, { value: 11e9, currency: 'EUR', approximate: true })).toBe(false);
  });

  it('needs every pair to agree: 2.3 and 2.5 billion differ even when "about 2.4" sits between them', () => {
    const text = (n: string) => `The company reported revenue of ${n} billion dollars in the year.`;
    const a = article(text('about 2.4'), 'en', 'a');
    const b = article(text('2.3'), 'en', 'b');
    const c = article(text('2.5'), 'en', 'c');
    const m = buildMatrix([
      facts(a).money('about 2.4 billion dollars', 2.4e9, 'USD', 'revenue', true).done(),
      facts(b).money('2.3 billion dollars', 2.3e9, 'USD', 'revenue').done(),
      facts(c).money('2.5 billion dollars', 2.5e9, 'USD', 'revenue').done(),
    ]);
    expect(row(m.rows, 'revenue').status).toBe('differ');
    expect(buildMatrix([facts(a).money('about 2.4 billion dollars', 2.4e9, 'USD', 'revenue', true).done(), facts(b).money('2.3 billion dollars', 2.3e9, 'USD', 'revenue').done()]).rows[0]!.status).toBe('agree');
  });

  it('lists the distinct values of an article that states two, and counts that as a difference', () => {
    const a = article('Het nieuwe systeem werkt tien keer sneller. Later in de tekst heet het drie keer sneller.', 'nl', 'nl-a');
    const b = article('Volgens het bedrijf werkt het systeem tien keer sneller dan vroeger.', 'nl', 'nl-b');
    const m = buildMatrix([
      facts(a).speedup('tien keer sneller', 10).speedup('drie keer sneller', 3).done(),
      facts(b).speedup('tien keer sneller', 10).done(),
    ]);
    const r = row(m.rows, 'speedup');
    expect(cellValues(r.cells['nl-a.txt']!).map((v) => v.value)).toEqual([10, 3]);
    expect(r.cells['nl-a.txt']!.value).toBe(10);
    expect(r.status).toBe('differ');
  });

  it('keys sources and people in lower case', () => {
    const a = article('Ifølge NTB sa administrerende direktør Ola Nordmann at salget økte.', 'nb', 'nb-a');
    const m = buildMatrix([facts(a).source('Ifølge NTB', 'NTB').person('direktør Ola Nordmann', 'Ola Nordmann', 'CEO').done()]);
    expect(m.rows.map((r) => [r.key, r.name, r.status])).toEqual([
      ['source:ntb', 'NTB', 'single'],
      ['person:ola nordmann', 'Ola Nordmann', 'single'],
    ]);
  });
});
