import { describe, expect, it } from 'vitest';
import { layoutMatrix } from '../../src/compare/matrix-layout.js';
import { layoutLegend, layoutObservations, layoutReports } from '../../src/compare/report-layout.js';
import { displayWidth, fit, truncate, wrap } from '../../src/compare/text-width.js';
import { compareArticles } from '../../src/compare/view.js';
import { LANGS, type ArticleFacts } from '../../src/facts.js';
import { article, facts } from './build.js';
import { ferryStory } from './ferry-story.js';

/** Eight short German reports with a speed-up each, for paging across columns. */
function manyArticles(): ArticleFacts[] {
  return Array.from({ length: 8 }, (_, i) => {
    const a = article(`Die neue Anlage arbeitet ${i + 2}-mal schneller als die alte, teilte die Stadtverwaltung Musterstadt mit.`, 'de', `bericht-${i}`);
    return facts(a).speedup(`${i + 2}-mal schneller`, i + 2).org('Stadtverwaltung Musterstadt', 'city of musterstadt').done();
  });
}

describe('layoutMatrix', () => {
  it('lays the ferry story out in 80 columns with letters, values, marks and statuses', () => {
    const { lines, pages } = layoutMatrix(compareArticles(ferryStory(), 'en'), { width: 80 });
    expect(pages).toBe(1);
    expect(lines[0]).toMatch(/^Fact\s+A\s+B\s+C\s+Status$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Speed-up\s+10 times\s+10 times\s+3 times\s+differ$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Revenue \(USD\)\s+≈2\.4B\s+2\.4B\s+—\s+agree$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Reuters\s+✓\s+—\s+—\s+only one$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Kari Holm\s+CEO\s+CEO\s+president\s+agree$/));
    expect(lines).toContain('Sources cited');
  });

  it.each(LANGS)('fits every line into the width in %s', (lang) => {
    for (const width of [30, 50, 80, 120]) {
      for (const all of [ferryStory(), manyArticles()]) {
        const view = compareArticles(all, lang);
        const { pages } = layoutMatrix(view, { width });
        for (let page = 0; page < pages; page++) {
          for (const line of layoutMatrix(view, { width, page }).lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        }
        for (const line of [...layoutLegend(view, width), ...layoutObservations(view, width), ...layoutReports(view, width)]) {
          expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('shows five articles side by side in 80 columns', () => {
    const { lines, pages } = layoutMatrix(compareArticles(manyArticles().slice(0, 5), 'de'), { width: 80 });
    expect(pages).toBe(1);
    expect(lines[0]).toMatch(/^Angabe\s+A\s+B\s+C\s+D\s+E\s+Status$/);
  });

  it('pages across article columns when they do not fit, showing every article once', () => {
    const view = compareArticles(manyArticles(), 'de');
    const first = layoutMatrix(view, { width: 60 });
    expect(first.pages).toBeGreaterThan(1);
    const letters = Array.from({ length: first.pages }, (_, page) => layoutMatrix(view, { width: 60, page }).lines[0]!.split(/\s+/).slice(1, -1)).flat();
    expect(letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(first.lines.at(-1)).toBe(`Seite 1 von ${first.pages}`);
  });

  it('pages down when the rows do not fit the height, never ending a page on a heading', () => {
    const view = compareArticles(ferryStory(), 'en');
    const height = 5;
    const { pages } = layoutMatrix(view, { width: 80, height });
    const shown: string[] = [];
    for (let page = 0; page < pages; page++) {
      const { lines } = layoutMatrix(view, { width: 80, height, page });
      expect(lines.length).toBeLessThanOrEqual(height);
      expect(lines.at(-1)).toBe(`Page ${page + 1} of ${pages}`);
      expect(lines.at(-2)).toMatch(/^ {2}/);
      shown.push(...lines.filter((l) => l.startsWith('  ')));
    }
    // Names in alphabetical order within their group.
    const names = ['Speed-up', 'Revenue', 'Revenue growth', 'Hafenbehörde Bergen', 'Nordlys Ferries', 'Reuters', 'Kari Holm'];
    expect(shown).toEqual(names.map((n) => expect.stringMatching(new RegExp(`^ {2}${n} `))));
  });

  it('names the currency in each cell when a row has more than one', () => {
    const text = (amount: string) => `Die Firma meldet einen Umsatz von ${amount} für das Jahr.`;
    const a = article(text('2,4 Milliarden Dollar'), 'de', 'usd');
    const b = article(text('2,2 Milliarden Euro'), 'de', 'eur');
    const view = compareArticles(
      [facts(a).money('2,4 Milliarden Dollar', 2.4e9, 'USD', 'revenue').done(), facts(b).money('2,2 Milliarden Euro', 2.2e9, 'EUR', 'revenue').done()],
      'de',
    );
    expect(layoutMatrix(view, { width: 80 }).lines).toContainEqual(expect.stringMatching(/^ {2}Umsatz\s+2,4\sMrd\.\s\$\s+2,2\sMrd\.\s€\s+abweichend$/));
  });

  it('clamps the page asked for', () => {
    const view = compareArticles(ferryStory(), 'en');
    expect(layoutMatrix(view, { width: 80, page: 99 }).page).toBe(0);
    expect(layoutMatrix(view, { width: 80, height: 5, page: -3 }).page).toBe(0);
  });
});

describe('text width', () => {
  it('counts combining marks as nothing and wide characters as two', () => {
    expect(displayWidth('Ölpreis')).toBe(7);
    expect(displayWidth('O\u0308lpreis')).toBe(7);
    expect(displayWidth('東京')).toBe(4);
    expect(truncate('Hafenbehörde Bergen', 8)).toBe('Hafenbe…');
    expect(fit('✓', 3)).toBe('✓  ');
  });

  it('wraps words with an indent and cuts a word longer than the line', () => {
    expect(wrap('  one two three four', 10, '    ')).toEqual(['  one two', '    three', '    four']);
    expect(wrap('Donaudampfschifffahrt', 8)).toEqual(['Donauda…']);
  });
});
