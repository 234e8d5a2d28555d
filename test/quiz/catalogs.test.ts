/** The quiz texts of the six catalogs: complete, and shaped as questions and answers in each language. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/facts.js';
import { catalog } from '../../src/i18n/catalog.js';
import { CATEGORIES } from '../../src/quiz/types.js';

const A = '‹ARTICLE›';

describe.each(LANGS)('quiz texts in %s', (lang) => {
  const t = catalog(lang).quiz;

  it('name every category, differently', () => {
    expect(new Set(CATEGORIES.map((c) => t.categories[c])).size).toBe(CATEGORIES.length);
  });

  it('ask questions that name the article or the name asked about', () => {
    const stems = [
      ...Object.values(t.stems.figure).map((f) => f(A)),
      t.stems.budget(A),
      t.stems.institution(A),
      t.stems.person(A, 'ROLE'),
      t.stems.source(A),
    ];
    for (const s of stems) expect(s, s).toContain(A);
    expect(t.stems.person(A, 'ROLE')).toContain('ROLE');
    for (const s of [t.stems.cites('NAME'), t.stems.mentions('NAME'), t.stems.notMentions('NAME')]) expect(s).toContain('NAME');
    const all = [...stems, ...Object.values(t.stems.reports), ...Object.values(t.stems.notReports), ...Object.values(t.stems.agreement), t.stems.cites('N')];
    for (const s of all) expect(s, s).toMatch(/\?$/);
    // "Does not" stems differ from their positive twins.
    for (const f of Object.keys(t.stems.reports) as Array<keyof typeof t.stems.reports>) expect(t.stems.notReports[f]).not.toBe(t.stems.reports[f]);
  });

  it('never make the true budget answer the single longest', () => {
    const { correct, wrong } = t.options.budget;
    expect(wrong.some((w) => w.length >= correct.length)).toBe(true);
    expect(new Set([correct, ...wrong]).size).toBe(4);
  });

  it('tell every agreement option apart', () => {
    const options = [t.options.agreement(1, 'single'), ...[2, 3, 4, 5].flatMap((n) => [t.options.agreement(n, 'agree'), t.options.agreement(n, 'differ')])];
    expect(new Set(options).size).toBe(options.length);
  });

  it('quote with the quotation marks of the language', () => {
    const marks = { en: ['“', '”'], de: ['„', '“'], nl: ['“', '”'], nb: ['«', '»'], es: ['«', '»'], fr: ['«\u00a0', '\u00a0»'] }[lang];
    expect(t.quote('x')).toBe(`${marks[0]}x${marks[1]}`);
  });
});
