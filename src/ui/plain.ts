/**
 * The lesson as plain text, for when there is no terminal to hold the
 * interactive one: the summaries and the questions as the `summary` and
 * `questions` commands print them.
 */
import type { Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { renderQuestions } from '../quiz/render.js';
import { renderSummaryText } from '../summarize/index.js';
import type { Lesson } from './lesson.js';

export interface PlainOptions {
  lang: Lang;
  seed: number;
  width: number;
  summaries: boolean;
}

function heading(text: string): string {
  return `${text.toUpperCase()}\n${'='.repeat(text.length)}\n\n`;
}

export function renderLessonText(lesson: Lesson, { lang, seed, width, summaries }: PlainOptions): string {
  const t = catalog(lang).ui;
  let out = '';
  if (summaries) out += heading(t.plain.summaries) + lesson.summaries(lang).map((s) => renderSummaryText(s, lang, width)).join('\n\n\n') + '\n\n\n';
  const questions = lesson.questions(lang);
  out += heading(t.plain.questions) + (questions.length ? renderQuestions(questions, lang, seed) : `${t.quiz.noQuestions}\n`);
  return out;
}
