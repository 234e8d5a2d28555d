/** The lesson's state: which screen is shown, and the quiz round in progress. */
import type { Lang } from '../../facts.js';
import type { Question } from '../../quiz/types.js';

export type MenuChoice = 'summaries' | 'quiz' | 'compare' | 'language' | 'quit';

export interface Answer {
  questionId: string;
  /** The option chosen, 0–3. */
  choice: number;
  correct: boolean;
  /** When it was given (ms since the epoch). */
  at: number;
  /** Milliseconds from showing the question to answering it. */
  ms: number;
}

/** One pass through a list of questions: the whole quiz, or a retry of the missed ones. */
export interface Round {
  /** 1 for the quiz, 2 and up for each retry. */
  number: number;
  questions: Question[];
  answers: Answer[];
  startedAt: number;
  /** When the current question was shown. */
  shownAt: number;
  /** Set when the last question is answered. */
  finishedAt: number | null;
}

/** A quiz left unfinished (the program was killed): its answers so far, against the same questions. */
export interface Unfinished {
  answers: Answer[];
}

/** The option lists (languages, menu, answers) keep their highlighted option, `cursor`, here. */
export type Screen =
  | { name: 'language'; cursor: number }
  | { name: 'menu'; cursor: number }
  /** The offer to resume an unfinished quiz: 0 resume, 1 start over. */
  | { name: 'resume'; cursor: number }
  | { name: 'summary'; article: number; page: number; originals: boolean }
  | { name: 'question'; cursor: number }
  | { name: 'feedback'; page: number }
  | { name: 'results'; page: number }
  | { name: 'review'; mistake: number; page: number }
  | { name: 'compare'; page: number };

/** Where the results of a round went. */
export type SaveOutcome = { ok: true; path: string } | { ok: false; error: string };

export interface State {
  lang: Lang;
  screen: Screen;
  /** The questions of the chosen language. */
  questions: Question[];
  articleCount: number;
  /** Whether the compare screen is offered. */
  compare: boolean;
  /** --no-summary: the quiz starts as soon as the language is known. */
  skipSummaries: boolean;
  round: Round | null;
  /** The unfinished quiz offered for resuming (while the offer is on screen). */
  unfinished: Unfinished | null;
  /** The results of the current round were saved (or failed to be). */
  saved: SaveOutcome | null;
  /** The "leave the quiz?" question is open. */
  confirming: boolean;
  /** Set once: the lesson ends, by choice or by Ctrl-C. */
  exit: 'quit' | 'interrupt' | null;
}

export type Action =
  /** Highlights another option of the list on screen (on the language picker, previews that language). */
  | { type: 'move'; cursor: number }
  /** `unfinished`: the quiz in that language left unfinished, to offer for resuming. */
  | { type: 'chooseLanguage'; lang: Lang; questions: Question[]; unfinished: Unfinished | null; at: number }
  | { type: 'resume'; at: number }
  | { type: 'startOver'; at: number }
  | { type: 'menu' }
  | { type: 'choose'; choice: MenuChoice; at: number }
  | { type: 'article'; article: number }
  | { type: 'page'; page: number }
  | { type: 'toggleOriginals' }
  | { type: 'startQuiz'; at: number }
  | { type: 'answer'; choice: number; at: number }
  | { type: 'continue'; at: number }
  | { type: 'review' }
  | { type: 'mistake'; mistake: number }
  | { type: 'results' }
  | { type: 'retry'; at: number }
  | { type: 'saved'; outcome: SaveOutcome }
  | { type: 'askQuit' }
  | { type: 'cancelQuit' }
  | { type: 'quit' }
  | { type: 'interrupt' };
