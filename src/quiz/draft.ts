/** A question before its answer position is fixed. */
import { formattedForm } from '../i18n/format.js';
import { hash32, shuffle, type Random } from './random.js';
import type { AnswerIndex, Category, Options, Question, QuestionEvidence } from './types.js';

export interface Draft {
  /** What the question is about, independent of seed and language ("revenue|004.txt"); gives the id. */
  key: string;
  category: Category;
  stem: string;
  correct: string;
  distractors: [string, string, string];
  /**
   * The explanation and its evidence, made only when the draft becomes a
   * question: with many articles, most drafts never do.
   */
  explain(): Explained;
  articles: string[];
  /** For a question on a name: its fact-matrix row ("organization:goya-academy"). */
  about?: string;
}

/** What a question says to explain its answer, and the quotes that prove it. */
interface Explained {
  explanation: string;
  evidence: QuestionEvidence[];
}

export function questionId(category: Category, key: string): string {
  return `${category}-${hash32(key).toString(16).padStart(8, '0')}`;
}

/** No two of the four options read the same after formatting. */
export function optionsDistinct(options: readonly string[]): boolean {
  return options.every((o) => o.trim().length > 0) && new Set(options.map(formattedForm)).size === options.length;
}

/** The question with the correct option at `position` and the distractors in a random order around it. */
export function finalize(draft: Draft, position: number, random: Random): Question {
  const options = shuffle(draft.distractors, random);
  options.splice(position, 0, draft.correct);
  const { explanation, evidence } = draft.explain();
  return {
    id: questionId(draft.category, draft.key),
    category: draft.category,
    stem: draft.stem,
    options: options as Options,
    answer: position as AnswerIndex,
    explanation,
    evidence,
    articles: draft.articles,
  };
}
