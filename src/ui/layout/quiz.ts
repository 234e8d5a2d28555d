/** The parts of the quiz screens: title, progress, verdict, answers and evidence. */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import type { Answer, Round } from '../state/types.js';
import { BLANK, block, span, type Block } from '../text/rich.js';
import type { ArticleNamer } from './articles.js';
import { quotedSentence } from './quote.js';

/** "Question 3 of 12 · Revenue" (with the retry round), then the article(s) asked about. */
export function questionTitle(round: Round, index: number, question: Question, lang: Lang, names: ArticleNamer): Block[] {
  const t = catalog(lang);
  const head = [span(t.ui.quiz.questionOf(index + 1, round.questions.length), { bold: true })];
  if (round.number > 1) head.push(span(` · ${t.ui.quiz.retryRound(round.number - 1)}`, { bold: true }));
  head.push(span(` · ${t.ui.quiz.category}${t.common.colon}`), span(t.quiz.categories[question.category], { tone: 'accent' }));
  const articles = question.articles.map((f) => names.label(f)).join('; ');
  // One row, cut if need be: with several articles the options or the stem name them in full.
  return [block(head), block([span(`${t.ui.quiz.article(question.articles.length)}${t.common.colon}${articles}`, { tone: 'muted' })], { pre: true })];
}

/** "██████░░░░░░ 2/12 ✓ 1 ✗ 1": answered so far, and how many right and wrong (marks, not only colour). */
export function progressBlock(round: Round, width: number): Block {
  const total = round.questions.length;
  const done = round.answers.length;
  const right = round.answers.filter((a) => a.correct).length;
  const barWidth = Math.max(10, Math.min(40, width - 24));
  const filled = total ? Math.round((done / total) * barWidth) : 0;
  return block([
    span('█'.repeat(filled), { tone: 'accent' }),
    span('░'.repeat(barWidth - filled), { tone: 'muted' }),
    span(` ${done}/${total}  `),
    span(`✓ ${right}`, { tone: 'good' }),
    span(' '),
    span(`✗ ${done - right}`, { tone: 'bad' }),
  ]);
}

export function optionLabel(question: Question, i: number): string {
  return `${i + 1}. ${question.options[i] ?? ''}`;
}

/** ✓ Correct! or ✗ Wrong., then the answer given and the correct one. */
export function verdictBlocks(question: Question, answer: Answer, lang: Lang): Block[] {
  const t = catalog(lang).ui.quiz;
  const { colon } = catalog(lang).common;
  const mark = (ok: boolean) => span(ok ? '✓ ' : '✗ ', { tone: ok ? 'good' : 'bad', bold: true });
  const blocks: Block[] = [block([mark(answer.correct), span(answer.correct ? t.correct : t.wrong, { tone: answer.correct ? 'good' : 'bad', bold: true })])];
  if (!answer.correct) blocks.push(block([span(`${t.yourAnswer}${colon}`), span(optionLabel(question, answer.choice))], { prefix: mark(false) }));
  blocks.push(block([span(`${t.correctAnswer}${colon}`), span(optionLabel(question, question.answer), { bold: true })], { prefix: mark(true) }));
  return blocks;
}

/** The evidence in the article's language, grouped by article, each article named with its language. */
export function evidenceBlocks(question: Question, lang: Lang, names: ArticleNamer): Block[] {
  const t = catalog(lang).ui.quiz;
  const blocks: Block[] = [block([span(t.evidence, { bold: true })]), BLANK];
  const files = [...new Set(question.evidence.map((e) => e.file))];
  files.forEach((file, i) => {
    if (i > 0) blocks.push(BLANK);
    const language = names.language(file);
    blocks.push(block([span(language ? t.quoteFrom(names.label(file), language) : names.label(file), { tone: 'muted' })]));
    const seen = new Set<string>();
    for (const e of question.evidence) {
      if (e.file !== file || seen.has(e.sentence)) continue;
      seen.add(e.sentence);
      blocks.push(block(quotedSentence(e.sentence, e.text, lang), { indent: 2 }));
    }
  });
  return blocks;
}
