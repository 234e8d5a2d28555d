/** Test doubles for the lesson: questions and summaries written by hand. */
import type { Category, Question } from '../../src/quiz/types.js';

export function question(id: string, answer: 0 | 1 | 2 | 3, category: Category = 'revenue', file = 'a.txt'): Question {
  return {
    id,
    category,
    stem: `Stem of ${id}?`,
    options: [`${id} option A`, `${id} option B`, `${id} option C`, `${id} option D`],
    answer,
    explanation: `Because of ${id}.`,
    evidence: [{ file, text: 'elf Milliarden', sentence: 'Der Umsatz lag bei elf Milliarden Euro.' }],
    articles: [file],
  };
}

export const QUESTIONS: Question[] = [question('q1', 0), question('q2', 1, 'speed'), question('q3', 2, 'source'), question('q4', 3, 'speed')];
