import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {};
