/** Questions about a round: where it stands and what was missed. */
import type { Question } from '../../quiz/types.js';
import type { Answer, Round, Unfinished } from './types.js';

export function startRound(questions: Question[], number: number, at: number): Round {
  return { number, questions, answers: [], startedAt: at, shownAt: at, finishedAt: null };
}

/**
 * The quiz `unfinished` left, taken up at `at` with its answers kept and the
 * next question shown. The time taken counts the answers' times, not the time
 * the quiz lay unfinished.
 */
export function resumeRound(questions: Question[], unfinished: Unfinished, at: number): Round {
  const { answers } = unfinished;
  const spent = answers.reduce((sum, a) => sum + a.ms, 0);
  const finishedAt = answers.length >= questions.length ? at : null;
  return { number: 1, questions, answers, startedAt: at - spent, shownAt: at, finishedAt };
}

/** The question waiting for an answer, or undefined when all are answered. */
export function currentQuestion(round: Round): Question | undefined {
  return round.questions[round.answers.length];
}

export function isFinished(round: Round): boolean {
  return round.answers.length === round.questions.length;
}

/** The questions answered wrongly, in quiz order, with the answer given. */
export function mistakes(round: Round): { question: Question; answer: Answer }[] {
  return round.answers.flatMap((answer, i) => {
    const question = round.questions[i];
    return question && !answer.correct ? [{ question, answer }] : [];
  });
}

/** The answers as the grading takes them: the option chosen per question id. */
export function answersById(round: Round): Record<string, number> {
  return Object.fromEntries(round.answers.map((a) => [a.questionId, a.choice]));
}
