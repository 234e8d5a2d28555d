/** Grading: a score overall, per category and per article, and the wrong answers with the correct one and its evidence. */
import { CATEGORIES, type AnswerIndex, type Category, type Question, type QuestionEvidence } from './types.js';

/** The option chosen per question id (0–3); missing or null when not answered. */
export type Answers = Readonly<Record<string, number | null | undefined>>;

export interface Tally {
  correct: number;
  total: number;
}

export interface WrongAnswer {
  id: string;
  category: Category;
  stem: string;
  /** The option chosen, or null when the question was not answered. */
  chosen: number | null;
  chosenOption: string | null;
  answer: AnswerIndex;
  correctOption: string;
  explanation: string;
  evidence: QuestionEvidence[];
}

export interface Grade {
  overall: Tally;
  /** In the order of CATEGORIES, only categories asked. */
  byCategory: Array<Tally & { category: Category }>;
  /** In order of first appearance; a question counts for every article it is about. */
  byArticle: Array<Tally & { file: string }>;
  wrong: WrongAnswer[];
}

function count(map: Map<string, Tally>, key: string, right: boolean): void {
  const t = map.get(key) ?? { correct: 0, total: 0 };
  t.total++;
  if (right) t.correct++;
  map.set(key, t);
}

export function grade(questions: readonly Question[], answers: Answers): Grade {
  const overall: Tally = { correct: 0, total: 0 };
  const byCategory = new Map<string, Tally>();
  const byArticle = new Map<string, Tally>();
  const wrong: WrongAnswer[] = [];
  for (const q of questions) {
    const chosen = answers[q.id] ?? null;
    const right = chosen === q.answer;
    overall.total++;
    if (right) overall.correct++;
    count(byCategory, q.category, right);
    for (const file of new Set(q.articles)) count(byArticle, file, right);
    if (!right) {
      wrong.push({
        id: q.id,
        category: q.category,
        stem: q.stem,
        chosen,
        chosenOption: chosen === null ? null : (q.options[chosen] ?? null),
        answer: q.answer,
        correctOption: q.options[q.answer],
        explanation: q.explanation,
        evidence: q.evidence,
      });
    }
  }
  return {
    overall,
    byCategory: CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
    byArticle: [...byArticle].map(([file, t]) => ({ file, ...t })),
    wrong,
  };
}

/** The share of a tally that is correct, 0 when empty. */
export function share(t: Tally): number {
  return t.total ? t.correct / t.total : 0;
}
