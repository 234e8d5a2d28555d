/** The layout of whichever screen the state shows, for the terminal's size. */
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Lesson } from '../lesson.js';
import { currentQuestion, mistakes } from '../state/round.js';
import type { Round, State } from '../state/types.js';
import { articleNamer } from './articles.js';
import { compareFrame } from './compare.js';
import { feedbackFrame, reviewFrame } from './feedback.js';
import { MIN_SIZE, tooSmall, type Framed, type Size } from './frame.js';
import { languageFrame, menuFrame, menuLabels } from './menus.js';
import { questionLayout, type QuestionLayout } from './question.js';
import { resultsFrame } from './results.js';
import { summaryFrame } from './summary.js';

export type ScreenLayout =
  | { kind: 'language'; framed: Framed; cursor: number }
  | { kind: 'menu'; framed: Framed; labels: string[]; cursor: number }
  | { kind: 'question'; layout: QuestionLayout; question: Question; round: Round; cursor: number }
  | { kind: 'paged'; framed: Framed }
  | { kind: 'tooSmall'; message: string };

export function pagesOf(layout: ScreenLayout): number {
  return layout.kind === 'paged' ? layout.framed.pages : 1;
}

export function layoutScreen(state: State, lesson: Lesson, size: Size): ScreenLayout {
  const { screen, round, lang } = state;
  if (tooSmall(size)) return { kind: 'tooSmall', message: catalog(lang).ui.tooSmall(MIN_SIZE.columns, MIN_SIZE.rows) };
  const names = articleNamer(lesson.articles, lang);
  switch (screen.name) {
    case 'language':
      return { kind: 'language', framed: languageFrame(lang, size), cursor: screen.cursor };
    case 'menu':
      return { kind: 'menu', framed: menuFrame(state, size), labels: menuLabels(state), cursor: screen.cursor };
    case 'summary': {
      const summary = lesson.summaries(lang)[screen.article]!;
      const view = { summary, article: names.byFile(summary.file), index: screen.article, count: state.articleCount, originals: screen.originals, page: screen.page, lang, quizNext: state.questions.length > 0 };
      return { kind: 'paged', framed: summaryFrame(view, size) };
    }
    case 'question': {
      const question = currentQuestion(round!)!;
      return { kind: 'question', layout: questionLayout(round!, question, lang, names, size, state.confirming), question, round: round!, cursor: screen.cursor };
    }
    case 'feedback':
      return { kind: 'paged', framed: feedbackFrame(round!, lang, names, size, screen.page, state.confirming) };
    case 'results':
      return { kind: 'paged', framed: resultsFrame(round!, state.saved, lang, size, screen.page) };
    case 'review':
      return { kind: 'paged', framed: reviewFrame(mistakes(round!), screen.mistake, lang, names, size, screen.page) };
    case 'compare':
      return { kind: 'paged', framed: compareFrame(lesson.compare(lang), size, screen.page) };
  }
}
