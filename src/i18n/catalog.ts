/**
 * One catalog per language behind one typed interface. Each language has a
 * folder (src/i18n/<lang>/) with one file per section; the compiler shows what a
 * new language still lacks.
 */
import type { Lang } from '../facts.js';
import type { CommonText } from './sections/common.js';
import type { CompareText } from './sections/compare.js';
import type { ProblemsText } from './sections/problems.js';
import type { QuizText } from './sections/quiz.js';
import type { SummaryText } from './sections/summary.js';
import type { UiText } from './sections/ui.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { es } from './es/index.js';
import { fr } from './fr/index.js';
import { nb } from './nb/index.js';
import { nl } from './nl/index.js';

export interface Catalog {
  lang: Lang;
  common: CommonText;
  ui: UiText;
  summary: SummaryText;
  quiz: QuizText;
  compare: CompareText;
  problems: ProblemsText;
}

const CATALOGS: Record<Lang, Catalog> = { en, de, nl, nb, es, fr };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** The name of language `code` in language `lang` ("Deutsch" in de, "tysk" in nb). */
export function languageName(code: string, lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  return name;
}

/** The name of a language in itself, for the language picker ("Norsk bokmål"). */
export function endonym(code: Lang): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
