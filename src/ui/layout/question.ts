/**
 * The question screen: title, progress, the stem and four options. The options
 * are ink-select-input's, so their rows are counted here: when the whole does
 * not fit, options are cut to one row each, then the stem is shortened.
 */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Round } from '../state/types.js';
import { block, span, type Line } from '../text/rich.js';
import { truncate } from '../../text/width.js';
import { wrapBlock } from '../text/wrap.js';
import type { ArticleNamer } from './articles.js';
import { frame, type Framed, type KeyHint, type Size } from './frame.js';
import { hints } from './hints.js';
import { optionLabel, progressBlock, questionTitle } from './quiz.js';

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

/** Indicator column ("❯ ") the option list puts before each label. */
const INDICATOR = 2;

export function questionLayout(round: Round, question: Question, lang: Lang, names: ArticleNamer, size: Size, confirming: boolean): QuestionLayout {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  const footer = confirming ? confirmFooter(lang, round) : { keys: [h.answer, h.quit] };
  const framed = frame({ title: questionTitle(round, round.answers.length, question, lang, names), body: [], page: 0, ...footer }, size, ui);
  const width = framed.width;
  const progress = wrapBlock(progressBlock(round, width), width);
  let stem = wrapBlock(block([span(question.stem, { bold: true })]), width);
  const optionWidth = width - INDICATOR;
  const wrapped = question.options.map((text, i) => wrapBlock(block(text, { prefix: span(`${i + 1}. `) }), optionWidth));
  let options = wrapped.map((lines) => lines.map((l) => l.map((s) => s.text).join('')));
  const rows = () => progress.length + stem.length + options.reduce((n, o) => n + o.length, 0);
  const budget = framed.bodyHeight;
  let gaps = rows() + 2 <= budget;
  if (rows() + (gaps ? 2 : 0) > budget) {
    options = question.options.map((_, i) => [truncate(optionLabel(question, i), optionWidth)]);
    gaps = rows() + 2 <= budget;
  }
  const room = budget - (rows() - stem.length) - (gaps ? 2 : 0);
  if (stem.length > room) {
    stem = stem.slice(0, Math.max(1, room));
    const last = stem[stem.length - 1]!;
    stem[stem.length - 1] = [span(truncate(last.map((s) => s.text).join('') + '…', width), { bold: true })];
  }
  return { framed, progress, stem, options: options.map((o) => o.join('\n')), gaps };
}
