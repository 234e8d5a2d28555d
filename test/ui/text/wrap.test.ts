import { describe, expect, it } from 'vitest';
import { block, lineText, span } from '../../../src/ui/text/rich.js';
import { paginate } from '../../../src/ui/text/page.js';
import { displayWidth, truncate } from '../../../src/text/width.js';
import { wrapBlock } from '../../../src/ui/text/wrap.js';

const texts = (lines: ReturnType<typeof wrapBlock>) => lines.map(lineText);

describe('displayWidth and truncate', () => {
  it('counts accented letters once, wide characters twice and combining marks not at all', () => {
    expect(displayWidth('Goya-Akademie')).toBe(13);
    expect(displayWidth('søknad')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('漢字')).toBe(4);
    expect(displayWidth('✓ ✗')).toBe(3);
  });

  it('cuts with an ellipsis only when needed', () => {
    expect(truncate('Nachrichten', 20)).toBe('Nachrichten');
    expect(truncate('Nachrichten', 6)).toBe('Nachr…');
    expect(displayWidth(truncate('漢字漢字漢字', 5))).toBeLessThanOrEqual(5);
  });
});

describe('wrapBlock', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const lines = wrapBlock(block('La productora facturó unos 2.400 millones de euros el año pasado.'), 20);
    expect(texts(lines)).toEqual(['La productora', 'facturó unos 2.400', 'millones de euros el', 'año pasado.']);
    for (const l of lines) expect(displayWidth(lineText(l))).toBeLessThanOrEqual(20);
  });

  it('indents continuation rows under a prefix', () => {
    const lines = wrapBlock(block('Umsatz von rund elf Milliarden', { prefix: span('• '), indent: 1 }), 16);
    expect(texts(lines)).toEqual([' • Umsatz von', '   rund elf', '   Milliarden']);
  });

  it('keeps a word whole across styles and splits one longer than the row', () => {
    const lines = wrapBlock(block([span('sagte: '), span('“', { dim: true }), span('zehnmal', { bold: true }), span('”', { dim: true })]), 9);
    expect(texts(lines)).toEqual(['sagte:', '“zehnmal”']);
    expect(lines[1]!.map((s) => !!s.bold)).toEqual([false, true, false]);
    expect(texts(wrapBlock(block('Donaudampfschifffahrt'), 8))).toEqual(['Donaudam', 'pfschiff', 'fahrt']);
  });

  it('keeps no-break spaces together and honours newlines', () => {
    expect(texts(wrapBlock(block('aa bb\u00a0cc dd'), 6))).toEqual(['aa', 'bb\u00a0cc', 'dd']);
    expect(texts(wrapBlock(block('one\ntwo'), 20))).toEqual(['one', 'two']);
    expect(texts(wrapBlock(block([]), 20))).toEqual(['']);
  });
});

describe('paginate', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [span(`row ${i}`)]);
  it('cuts rows into pages of the given height', () => {
    const pages = paginate(rows(7), 3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(paginate([], 3)).toEqual([[]]);
  });

  it('does not start a page with an empty row', () => {
    const pages = paginate([[span('a')], [span('b')], [], [span('c')]], 2);
    expect(pages.map((p) => p.map(lineText))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('preformatted blocks', () => {
  it('keep their spacing and are only cut to the width', () => {
    const table = block([span('Fact        A    B\nRevenue     ✓    —')], { pre: true });
    expect(texts(wrapBlock(table, 40))).toEqual(['Fact        A    B', 'Revenue     ✓    —']);
    expect(texts(wrapBlock(table, 10))).toEqual(['Fact…', 'Revenue…']);
  });
});

describe('preformatted rows of several styles', () => {
  it('stay one row per line, styles kept, cut at the width', () => {
    const row = block([span('  Budget   1/1  '), span('██░░', { tone: 'good' })], { pre: true });
    const [line, ...rest] = wrapBlock(row, 40);
    expect(rest).toEqual([]);
    expect(line!.map((s) => [s.text, s.tone])).toEqual([
      ['  Budget   1/1  ', undefined],
      ['██░░', 'good'],
    ]);
    expect(texts(wrapBlock(row, 12))).toEqual(['  Budget…']);
  });
});
