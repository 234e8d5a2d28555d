/**
 * The question screen: title, progress, the stem and four options. The options
 * are ink-select-input's, so their rows are counted here. The stem and the
 * options are never cut (a cut option can read as another answer): when room
 * runs short the progress row and the empty rows go first, and the frame's
 * `need` says how many rows the question takes whole.
 */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Round } from '../state/types.js';
import { block, span, type Line } from '../text/rich.js';
import { wrapBlock } from '../text/wrap.js';
import type { ArticleNamer } from './articles.js';
import { frame, textWidth, type Framed, type KeyHint, type Size } from './frame.js';
import { hints } from './hints.js';
import { optionRows } from './options.js';
import { progressBlock, questionTitle } from './quiz.js';

export interface QuestionLayout {
  framed: Framed;
  progress: Line[];
  stem: Line[];
  /** The option labels, rows joined by newlines. */
  options: string[];
  /** Empty rows between progress, stem and options. */
  gaps: boolean;
}

/** The "leave the quiz?" prompt and its keys, in place of the screen's keys. */
export function confirmFooter(lang: Lang, round: Round) {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  // Only the quiz itself is saved; a retry of the missed questions is practice.
  const detail = round.number === 1 ? [span(ui.quiz.confirmLeaveDetail)] : [];
  return {
    prompt: [block([span(`${ui.quiz.confirmLeave} `, { bold: true, tone: 'warn' }), ...detail])],
    keys: [h.yes, h.no] as KeyHint[],
  };
}

export function questionLayout(round: Round, question: Question, lang: Lang, names: ArticleNamer, size: Size, confirming: boolean): QuestionLayout {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  const footer = confirming ? confirmFooter(lang, round) : { keys: [h.answer, h.quit] };
  const width = textWidth(size);
  const stem = wrapBlock(block([span(question.stem, { bold: true })]), width);
  const options = question.options.map((text, i) => optionRows(text, width, `${i + 1}. `));
  const bodyRows = stem.length + options.reduce((n, o) => n + o.length, 0);
  const framed = frame({ title: questionTitle(round, round.answers.length, question, lang, names), body: [], page: 0, bodyRows, ...footer }, size, ui);
  const room = framed.bodyHeight - bodyRows;
  const bar = wrapBlock(progressBlock(round, width), width);
  const progress = room >= bar.length ? bar : [];
  const gaps = room - progress.length >= 2;
  return { framed, progress, stem, options: options.map((o) => o.join('\n')), gaps };
}
