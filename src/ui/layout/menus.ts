/** The language picker and the menu: a title and an option list. */
import { LANGS, type Lang } from '../../facts.js';
import { catalog, endonym } from '../../i18n/catalog.js';
import { menuChoices } from '../state/menu.js';
import type { MenuChoice, State } from '../state/types.js';
import { block, span } from '../text/rich.js';
import { frame, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';
import { choicesLayout, NAME } from './options.js';

/** Each language in itself ("Norsk bokmål"), in the order of LANGS. */
export function languageItems(): string[] {
  return LANGS.map((code) => endonym(code));
}

export function languageFrame(lang: Lang, size: Size): Framed {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(' · '), span(ui.language.title, { bold: true })])];
  return frame({ title, body: [], keys: [h.move, h.choose, h.quit], page: 0, bodyRows: LANGS.length }, size, ui);
}

/** The labels of the menu's choices, in the reader's language. */
function menuLabels(state: State): string[] {
  const t = catalog(state.lang).ui.menu;
  const labels: Record<MenuChoice, string> = {
    summaries: state.questions.length ? t.summariesThenQuiz : t.summaries,
    quiz: t.quizOnly,
    compare: t.compare,
    language: t.changeLanguage,
    quit: t.quit,
  };
  return menuChoices(state).map((c) => labels[c]);
}

/** The menu's frame, and its labels wrapped to the width (rows joined by newlines). */
export function menuLayout(state: State, size: Size): { framed: Framed; labels: string[] } {
  const ui = catalog(state.lang).ui;
  const counts = `${ui.menu.articles(state.articleCount)} · ${ui.menu.questions(state.questions.length)}`;
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(` · ${counts}`, { tone: 'muted' })]), block([span(ui.menu.title, { bold: true })])];
  const body = state.questions.length ? [] : [block([span(ui.quiz.noQuestions, { tone: 'warn' })])];
  return choicesLayout(title, body, menuLabels(state), size, ui);
}
