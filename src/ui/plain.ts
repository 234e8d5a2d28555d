/** The lesson as plain text, for when there is no terminal to hold the interactive one. */
import type { Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { LETTERS } from '../quiz/types.js';
import { renderSummaryText } from '../summarize/index.js';
import type { Lesson } from './lesson.js';
import { block, lineText, span, BLANK, type Block } from './text/rich.js';
import { wrapBlocks } from './text/wrap.js';

export interface PlainOptions {
  lang: Lang;
  width: number;
  summaries: boolean;
}

function heading(text: string): Block[] {
  return [block(text.toUpperCase()), block('='.repeat(Math.min(40, text.length))), BLANK];
}

function render(blocks: Block[], width: number): string {
  return wrapBlocks(blocks, width)
    .map((l) => lineText(l).trimEnd())
    .join('\n');
}

/** Summaries (unless left out), then the questions with options A–D, then the answers with their explanations. */
export function renderLessonText(lesson: Lesson, { lang, width, summaries }: PlainOptions): string {
  const t = catalog(lang);
  const parts: string[] = [];
  if (summaries) {
    parts.push(render(heading(t.ui.plain.summaries), width));
    parts.push(lesson.summaries(lang).map((s) => renderSummaryText(s, lang, width)).join('\n\n\n'));
  }
  const questions = lesson.questions(lang);
  if (!questions.length) {
    parts.push(t.ui.quiz.noQuestions);
    return parts.join('\n\n') + '\n';
  }
  const qs: Block[] = heading(t.ui.plain.questions);
  questions.forEach((q, i) => {
    const n = `${i + 1}. `;
    qs.push(block([span(`[${t.quiz.categories[q.category]}] `), span(q.stem)], { prefix: span(n) }));
    q.options.forEach((o, j) => qs.push(block(o, { prefix: span(`${LETTERS[j]}. `), indent: n.length })));
    qs.push(BLANK);
  });
  parts.push(render(qs, width));
  const as: Block[] = heading(t.ui.plain.answers);
  questions.forEach((q, i) => as.push(block(`${LETTERS[q.answer]}. ${q.explanation}`, { prefix: span(`${i + 1}. `) })));
  parts.push(render(as, width));
  return parts.join('\n\n') + '\n';
}
