import { describe, expect, it } from 'vitest';
import { articleNamer } from '../../../src/ui/layout/articles.js';
import { questionLayout } from '../../../src/ui/layout/question.js';
import { startRound } from '../../../src/ui/state/round.js';
import { lineText } from '../../../src/ui/text/rich.js';
import { displayWidth } from '../../../src/text/width.js';
import { ARTICLES } from '../lesson-double.js';
import { question } from '../fixtures.js';

const long = {
  ...question('long', 2),
  stem: 'Welche der folgenden Aussagen über die Umsatzentwicklung des Hafenbetreibers im zweiten Quartal wird im Artikel ausdrücklich mit einer Quelle belegt, und welche Zahl nennt der Vorstandschef dazu in seiner Erklärung an die Aktionäre?',
  options: [
    'Der Umsatz stieg laut dem Vorstandschef auf 2,4 Milliarden Euro, ein Plus von zwölf Prozent gegenüber dem Vorjahr',
    'Der Umsatz sank laut der Gewerkschaft auf 1,9 Milliarden Euro, nachdem mehrere Großkunden abgesprungen waren',
    'Der Umsatz blieb laut dem Hafenamt bei 2,1 Milliarden Euro, trotz der längeren Wartezeiten an den Terminals',
    'Der Umsatz stieg laut einer Analystin auf 2,8 Milliarden Euro, vor allem durch neue Containerlinien nach Asien',
  ] as [string, string, string, string],
  articles: [ARTICLES[0]!.file],
};
const round = startRound([long], 1, 0);
const names = articleNamer(ARTICLES, 'de');

function rows(size: { columns: number; rows: number }) {
  const l = questionLayout(round, long, 'de', names, size, false);
  const optionRows = l.options.flatMap((o) => o.split('\n'));
  return { l, optionRows, total: l.progress.length + l.stem.length + optionRows.length + (l.gaps ? 2 : 0) };
}

describe('questionLayout', () => {
  it('wraps long options in full when the terminal has room', () => {
    const { l, optionRows, total } = rows({ columns: 120, rows: 40 });
    expect(l.options[0]!.replace(/\n\s*/g, ' ')).toBe(`1. ${long.options[0]}`);
    expect(optionRows.length).toBeGreaterThan(4);
    expect(total).toBeLessThanOrEqual(l.framed.bodyHeight);
  });

  it('cuts options to a row each, then the stem, to fit a small terminal', () => {
    for (const size of [
      { columns: 60, rows: 20 },
      { columns: 44, rows: 14 },
    ]) {
      const { l, optionRows, total } = rows(size);
      expect(total).toBeLessThanOrEqual(l.framed.bodyHeight);
      expect(optionRows).toHaveLength(4);
      expect(optionRows[0]).toMatch(/^1\. Der Umsatz .*…$/);
      for (const r of optionRows) expect(displayWidth(r)).toBeLessThanOrEqual(l.framed.width - 2);
      expect(lineText(l.stem[0]!)).toMatch(/^Welche der folgenden/);
    }
    expect(lineText(rows({ columns: 44, rows: 14 }).l.stem.at(-1)!)).toMatch(/…$/);
  });
});
