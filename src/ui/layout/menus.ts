/** The language picker and the menu: a title and an option list. */
import { LANGS, type Lang } from '../../facts.js';
import { catalog, endonym } from '../../i18n/catalog.js';
import type { MenuChoice, State } from '../state/types.js';
import { block, span } from '../text/rich.js';
import { frame, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';

export interface ListItem<V> {
  label: string;
  value: V;
}

const NAME = 'eternaut-quiz';

export function languageItems(): ListItem<Lang>[] {
  return LANGS.map((code) => ({ label: endonym(code), value: code }));
}

export function languageFrame(lang: Lang, size: Size): Framed {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(' · '), span(ui.language.title, { bold: true })])];
  return frame({ title, body: [], keys: [h.move, h.choose, h.quit], page: 0 }, size, ui);
}

export function menuItems(state: State): ListItem<MenuChoice>[] {
  const t = catalog(state.lang).ui.menu;
  const items: ListItem<MenuChoice>[] = [];
  if (state.articleCount) items.push({ label: state.questions.length ? t.summariesThenQuiz : t.summaries, value: 'summaries' });
  if (state.questions.length) items.push({ label: t.quizOnly, value: 'quiz' });
  if (state.compare) items.push({ label: t.compare, value: 'compare' });
  items.push({ label: t.changeLanguage, value: 'language' }, { label: t.quit, value: 'quit' });
  return items;
}

export function menuFrame(state: State, size: Size): Framed {
  const ui = catalog(state.lang).ui;
  const h = hints(ui);
  const counts = `${ui.menu.articles(state.articleCount)} · ${ui.menu.questions(state.questions.length)}`;
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(` · ${counts}`, { tone: 'muted' })]), block([span(ui.menu.title, { bold: true })])];
  const body = state.questions.length ? [] : [block([span(ui.quiz.noQuestions, { tone: 'warn' })])];
  return frame({ title, body, keys: [h.move, h.choose, h.quit], page: 0 }, size, ui);
}
