/**
 * The layout of whichever screen the state shows, for the terminal's size; or,
 * when the screen does not fit whole, a request for a larger terminal that
 * names the size it needs and how to leave.
 */
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Lesson } from '../lesson.js';
import { currentQuestion, mistakes } from '../state/round.js';
import type { Round, State } from '../state/types.js';
import { articleNamer } from './articles.js';
import { compareFrame } from './compare.js';
import { feedbackFrame, reviewFrame } from './feedback.js';
import { MIN_SIZE, tooSmall, type Framed, type KeyHint, type Size } from './frame.js';
import { block, lineText } from '../text/rich.js';
import { wrapBlocks } from '../text/wrap.js';
import { hints } from './hints.js';
import { languageFrame, menuLayout } from './menus.js';
import { confirmFooter, questionLayout, type QuestionLayout } from './question.js';
import { resultsFrame } from './results.js';
import { resumeLayout } from './resume.js';
import { summaryFrame } from './summary.js';

export type ScreenLayout =
  | { kind: 'language'; framed: Framed; cursor: number }
  | { kind: 'menu'; framed: Framed; labels: string[]; cursor: number }
  | { kind: 'resume'; framed: Framed; labels: string[]; cursor: number }
  | { kind: 'question'; layout: QuestionLayout; question: Question; round: Round; cursor: number }
  | { kind: 'paged'; framed: Framed }
  | { kind: 'tooSmall'; message: string };

export function pagesOf(layout: ScreenLayout): number {
  return layout.kind === 'paged' ? layout.framed.pages : 1;
}

function framedOf(layout: ScreenLayout): Framed | undefined {
  return layout.kind === 'question' ? layout.layout.framed : layout.kind === 'tooSmall' ? undefined : layout.framed;
}

const hintText = (keys: readonly KeyHint[]) => keys.map((k) => `${k.keys} ${k.label}`).join(' · ');

/** The request for a larger terminal, then how to leave (or, while "leave the quiz?" is open, its question and keys). */
function tooSmallLayout(state: State, size: Size, need: Size): ScreenLayout {
  const ui = catalog(state.lang).ui;
  const h = hints(ui);
  const leave = state.confirming && state.round ? confirmFooter(state.lang, state.round) : { prompt: [], keys: [h.quit] };
  const blocks = [block(ui.tooSmall(need.columns, need.rows)), ...leave.prompt, block(hintText(leave.keys))];
  return { kind: 'tooSmall', message: wrapBlocks(blocks, size.columns).map(lineText).join('\n') };
}

export function layoutScreen(state: State, lesson: Lesson, size: Size): ScreenLayout {
  if (tooSmall(size)) return tooSmallLayout(state, size, MIN_SIZE);
  const layout = layoutFitting(state, lesson, size);
  const need = framedOf(layout)?.need ?? 0;
  return need > size.rows ? tooSmallLayout(state, size, { columns: size.columns, rows: need }) : layout;
}

function layoutFitting(state: State, lesson: Lesson, size: Size): ScreenLayout {
  const { screen, round, lang } = state;
  const names = articleNamer(lesson.articles, lang);
  switch (screen.name) {
    case 'language':
      return { kind: 'language', framed: languageFrame(lang, size), cursor: screen.cursor };
    case 'menu':
      return { kind: 'menu', ...menuLayout(state, size), cursor: screen.cursor };
    case 'resume':
      return { kind: 'resume', ...resumeLayout(state, size), cursor: screen.cursor };
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
