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

  it('never cuts the stem or an option: the progress row and the empty rows go first, and `need` counts the rows of the whole question', () => {
    const roomy = rows({ columns: 60, rows: 40 });
    expect(roomy.l.progress).toHaveLength(1);
    expect(roomy.l.gaps).toBe(true);
    const { l, optionRows, total } = rows({ columns: 60, rows: roomy.l.framed.need });
    expect(l.framed.need).toBe(roomy.l.framed.need);
    expect(l.framed.need).toBe(l.framed.title.length + 1 + l.stem.length + optionRows.length + 1 + l.framed.footer.length + 1);
    expect(l.progress).toHaveLength(0);
    expect(l.gaps).toBe(false);
    expect(total).toBeLessThanOrEqual(l.framed.bodyHeight);
    expect(l.stem.map(lineText).join(' ')).toBe(long.stem);
    l.options.forEach((o, i) => expect(o.replace(/\n\s*/g, ' ')).toBe(`${i + 1}. ${long.options[i]}`));
    for (const r of optionRows) expect(displayWidth(r)).toBeLessThanOrEqual(l.framed.width - 2);
  });
});
