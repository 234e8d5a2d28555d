/**
 * The lesson's quiz progress on disk, for resuming after the program was
 * killed: written after every answer of a quiz (not of a retry, which is
 * practice), looked up once the language is known, gone when the quiz's
 * results file is written or the learner starts over. What went wrong with it
 * is told on leaving, in the lesson's language.
 */
import type { Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { findProgress, progressFile, removeProgress, writeProgress, PROGRESS_FORMAT, type LessonId, type Refusal } from '../quiz/progress.js';
import type { AnswerIndex, Question } from '../quiz/types.js';
import type { Round, Unfinished } from './state/types.js';

export interface ProgressKeeper {
  /** The quiz in `lang` left unfinished, restored against `questions`; null when there is none to resume. */
  unfinished(lang: Lang, questions: readonly Question[]): Unfinished | null;
  /** Saves the answers of a quiz so far (after each answer). */
  answered(round: Round, lang: Lang): void;
  /** Forgets the progress in `lang`: its results are written, or the learner starts over. */
  discard(lang: Lang): void;
  /** One line each, in `lang`, for what happened to progress files (set aside, not written). */
  notices(lang: Lang): string[];
}

type Notice = { kind: 'refused'; refusal: Refusal; keptAt: string } | { kind: 'failed'; error: string };

/** `identify` names the lesson in a language: its articles, seed, count and name. */
export function progressKeeper(dir: string, identifyIn: (lang: Lang) => LessonId, now: () => Date = () => new Date()): ProgressKeeper {
  const notices: Notice[] = [];
  // Hashing the articles once per language, not at every answer.
  const ids = new Map<Lang, LessonId>();
  const identify = (lang: Lang) => ids.get(lang) ?? ids.set(lang, identifyIn(lang)).get(lang)!;
  /** Progress is a safety net: the lesson goes on without it, and says so on leaving (once). */
  const safely = <T>(what: () => T, otherwise: T): T => {
    try {
      return what();
    } catch (err) {
      if (!notices.some((n) => n.kind === 'failed')) notices.push({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
      return otherwise;
    }
  };

  return {
    unfinished(lang, questions) {
      const found = safely(() => findProgress(dir, identify(lang), questions.map((q) => q.id), now()), { kind: 'none' } as const);
      if (found.kind === 'refused') notices.push(found);
      if (found.kind !== 'found' || !found.progress.answers.length) return null;
      return { answers: found.progress.answers.map((a, i) => ({ questionId: a.id, choice: a.choice, correct: a.choice === questions[i]!.answer, at: a.at, ms: a.ms })) };
    },
    answered(round, lang) {
      const lesson = identify(lang);
      safely(() => {
        writeProgress(progressFile(dir, lesson), {
          format: PROGRESS_FORMAT,
          version: 1,
          lesson,
          questions: round.questions.map((q) => q.id),
          answers: round.answers.map((a) => ({ id: a.questionId, choice: a.choice as AnswerIndex, ms: a.ms, at: a.at })),
        });
      }, undefined);
    },
    discard(lang) {
      safely(() => removeProgress(progressFile(dir, identify(lang))), undefined);
    },
    notices(lang) {
      const t = catalog(lang).ui.resume;
      return notices.map((n) => {
        if (n.kind === 'failed') return `${t.notSaved}${catalog(lang).common.colon}${n.error}`;
        return n.refusal.kind === 'changed' ? t.changed(n.keptAt) : `${t.corrupt(n.keptAt)} (${n.refusal.problem})`;
      });
    },
  };
}
