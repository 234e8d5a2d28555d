import { describe, expect, it } from 'vitest';
import { rowLabel, rowName } from '../../src/compare/labels.js';
import { buildMatrix } from '../../src/compare/matrix.js';
import { knownByAlias } from '../../src/extract/organizations/registry.js';
import { article, facts } from './build.js';

describe('row names in the reader’s language', () => {
  const goya = knownByAlias('Goya Academy')!.canonical;
  const de = article('Die spanische Goya-Akademie und die Stadtwerke Flensburg haben eine Regel beschlossen.', 'de', 'de');
  const nb = article('Goya-akademiet i Spania og Stadtwerke Flensburg har innført en regel.', 'nb', 'nb');
  const m = buildMatrix([
    facts(de).org('Goya-Akademie', goya).org('Stadtwerke Flensburg', 'stadtwerke flensburg').done(),
    facts(nb).org('Goya-akademiet', goya).org('Stadtwerke Flensburg', 'stadtwerke flensburg').done(),
  ]);
  const row = (key: string) => m.rows.find((r) => r.key === key)!;

  it('names a known institution in the reader’s language', () => {
    expect(rowName(row(`organization:${goya}`), m, 'es')).toBe('Academia de Cine');
    expect(rowName(row(`organization:${goya}`), m, 'nb')).toBe('Goya-akademiet');
    expect(rowLabel(row(`organization:${goya}`), m, 'fr')).toBe('Organisation\u00a0: Académie des Goya');
  });

  it('names another organization as written', () => {
    expect(rowName(row('organization:stadtwerke flensburg'), m, 'en')).toBe('Stadtwerke Flensburg');
  });

  it('labels figures and people in the reader’s language', () => {
    const a = article('Ifølge NTB økte inntektene med 16 prosent, sa finansdirektør Kari Nordmann.', 'nb', 'nb2');
    const m2 = buildMatrix([facts(a).source('Ifølge NTB', 'NTB').percent('16 prosent', 16, 'revenue-growth').person('Kari Nordmann', 'Kari Nordmann').done()]);
    expect(m2.rows.map((r) => rowLabel(r, m2, 'nl'))).toEqual(['Omzetgroei', 'Bron: NTB', 'Persoon: Kari Nordmann']);
  });
});
