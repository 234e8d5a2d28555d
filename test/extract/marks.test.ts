/**
 * Mark words let budget and speed-up extraction skip sentences without one: a
 * rule whose matches hold none of its language's marks would never fire. These
 * checks catch a rule added with words the marks do not cover.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/facts.js';
import { de as budgetDe } from '../../src/extract/budget/de.js';
import { en as budgetEn } from '../../src/extract/budget/en.js';
import { es as budgetEs } from '../../src/extract/budget/es.js';
import { fr as budgetFr } from '../../src/extract/budget/fr.js';
import { nb as budgetNb } from '../../src/extract/budget/nb.js';
import { nl as budgetNl } from '../../src/extract/budget/nl.js';
import { de as speedDe } from '../../src/extract/speedup/de.js';
import { en as speedEn } from '../../src/extract/speedup/en.js';
import { es as speedEs } from '../../src/extract/speedup/es.js';
import { fr as speedFr } from '../../src/extract/speedup/fr.js';
import { nb as speedNb } from '../../src/extract/speedup/nb.js';
import { nl as speedNl } from '../../src/extract/speedup/nl.js';
import { extractBudget } from '../../src/extract/budget/index.js';
import { extractSpeedup } from '../../src/extract/speedup/index.js';
import { article } from '../helpers.js';

const BUDGET = { en: budgetEn, de: budgetDe, nl: budgetNl, nb: budgetNb, es: budgetEs, fr: budgetFr };
const SPEEDUP = { en: speedEn, de: speedDe, nl: speedNl, nb: speedNb, es: speedEs, fr: speedFr };
const LANGS: Lang[] = ['en', 'de', 'nl', 'nb', 'es', 'fr'];

const holdsMark = (source: string, marks: readonly string[]) => marks.some((m) => source.toLowerCase().includes(m));

describe('mark words', () => {
  it.each(LANGS)('every budget phrase of %s names a mark', (lang) => {
    const l = BUDGET[lang];
    for (const source of [l.frame, l.nearFrame, l.exceeds, l.fraction]) expect(holdsMark(source, l.marks), source).toBe(true);
  });

  it.each(LANGS)('every speed-up rule of %s names a mark', (lang) => {
    for (const rule of SPEEDUP[lang].rules) expect(holdsMark(rule.pattern, SPEEDUP[lang].marks), rule.pattern).toBe(true);
  });

  it('are found whatever the case of the text', () => {
    const en = extractSpeedup(article('THE NEW RENDERER IS TEN TIMES FASTER THAN THE OLD ONE.', 'en'));
    expect(en.map((f) => f.kind === 'speedup' && f.factor)).toEqual([10]);
    const de = extractSpeedup(article('Die Software arbeitet DREIMAL SO SCHNELL wie ihr Vorgänger.', 'de'));
    expect(de.map((f) => f.kind === 'speedup' && f.factor)).toEqual([3]);
    const budget = extractBudget(article('The studio said the sequence WOULD NOT HAVE BEEN POSSIBLE WITHIN THE BUDGET of the series.', 'en'));
    expect(budget).toHaveLength(1);
  });
});
