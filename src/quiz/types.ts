/** The quiz data: plain JSON-able structures shared by generation, grading, banks and exports. */
import type { Lang } from '../facts.js';

export const CATEGORIES = ['speed', 'budget', 'revenue', 'profit', 'growth', 'institution', 'person', 'source', 'comparison'] as const;
export type Category = (typeof CATEGORIES)[number];

export type AnswerIndex = 0 | 1 | 2 | 3;
export type Options = [string, string, string, string];

/** A quote from an article that proves the answer. */
export interface QuestionEvidence {
  /** The article's file. */
  file: string;
  /** The exact words of the article. */
  text: string;
  /** The sentence they stand in. */
  sentence: string;
}

export interface Question {
  /** Stable across seeds and quiz languages: the same question about the same facts keeps its id. */
  id: string;
  category: Category;
  stem: string;
  options: Options;
  answer: AnswerIndex;
  /** Names the article(s) and quotes the evidence in the article's language. */
  explanation: string;
  evidence: QuestionEvidence[];
  /** The files of the articles the question is about. */
  articles: string[];
}

/** A question bank: the questions of one quiz language (the `questions --json` output and questions/<lang>.json). */
export interface Bank {
  language: Lang;
  seed: number;
  questions: Question[];
}

/** How options are lettered for people and platforms. */
export const LETTERS = ['A', 'B', 'C', 'D'] as const;
