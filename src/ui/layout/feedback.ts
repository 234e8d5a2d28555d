/** After an answer, and in the review of the mistakes: the verdict, the correct answer and the evidence. */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Answer, Round } from '../state/types.js';
import { BLANK, block, span, type Block } from '../text/rich.js';
import type { ArticleNamer } from './articles.js';
import { pagedFrame, textWidth, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';
import { confirmFooter } from './question.js';
import { evidenceBlocks, optionLabel, progressBlock, questionTitle, verdictBlocks } from './quiz.js';

export function feedbackFrame(round: Round, lang: Lang, names: ArticleNamer, size: Size, page: number, confirming: boolean): Framed {
  const ui = catalog(lang).ui;
  const h = hints(ui);
  const index = round.answers.length - 1;
  const question = round.questions[index]!;
  const answer = round.answers[index]!;
  const last = round.answers.length === round.questions.length;
  const body: Block[] = [progressBlock(round, textWidth(size)), BLANK, ...verdictBlocks(question, answer, lang), BLANK, ...evidenceBlocks(question, lang, names)];
  const footer = confirming ? confirmFooter(lang, round) : { keys: [last ? h.results : h.next, h.quit] };
  return pagedFrame({ title: questionTitle(round, index, question, lang, names), body, page, ...footer }, h.page, size, ui);
}

/** Every option, the chosen one marked ✗ and the correct one ✓. */
function optionsMarked(question: Question, answer: Answer): Block[] {
  return question.options.map((_, i) => {
    const mark = i === question.answer ? span('✓ ', { tone: 'good', bold: true }) : i === answer.choice ? span('✗ ', { tone: 'bad', bold: true }) : span('  ');
    return block([span(optionLabel(question, i), { bold: i === question.answer })], { prefix: mark });
  });
}

export function reviewFrame(mistakes: { question: Question; answer: Answer }[], index: number, lang: Lang, names: ArticleNamer, size: Size, page: number): Framed {
  const ui = catalog(lang).ui;
  const { colon } = catalog(lang).common;
  const h = hints(ui);
  const { question, answer } = mistakes[index]!;
  const title = [
    block([span(ui.results.reviewOf(index + 1, mistakes.length), { bold: true }), span(` · ${ui.quiz.category}${colon}`), span(catalog(lang).quiz.categories[question.category], { tone: 'accent' })]),
    block([span(`${ui.quiz.article(question.articles.length)}${colon}${question.articles.map((f) => names.label(f)).join('; ')}`, { tone: 'muted' })], { pre: true }),
  ];
  const body: Block[] = [block([span(question.stem, { bold: true })]), BLANK, ...optionsMarked(question, answer), BLANK, ...evidenceBlocks(question, lang, names)];
  const keys = [...(mistakes.length > 1 ? [h.mistake] : []), h.back, h.retry, h.menu, h.quit];
  return pagedFrame({ title, body, keys, page }, h.page, size, ui);
}
