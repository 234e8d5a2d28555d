/**
 * The screen state machine: a pure reducer. Every action is checked against the
 * screen it may come from, so a key that arrives late (two keys in one read)
 * does nothing instead of answering twice.
 */
import { LANGS, type Lang } from '../../facts.js';
import type { Question } from '../../quiz/types.js';
import { currentQuestion, isFinished, mistakes, resumeRound, startRound } from './round.js';
import type { Action, State, Unfinished } from './types.js';

export interface Init {
  lang: Lang;
  /** Show the language picker first (no --lang). */
  pickLanguage: boolean;
  questions: Question[];
  articleCount: number;
  compare: boolean;
  skipSummaries: boolean;
  /** The quiz in `lang` left unfinished (with --lang only: otherwise it is looked up once a language is chosen). */
  unfinished?: Unfinished | null;
  now: number;
}

export function initialState(init: Init): State {
  const state: State = {
    lang: init.lang,
    screen: { name: 'language', cursor: Math.max(0, LANGS.indexOf(init.lang)) },
    questions: init.questions,
    articleCount: init.articleCount,
    compare: init.compare,
    skipSummaries: init.skipSummaries,
    round: null,
    unfinished: null,
    saved: null,
    confirming: false,
    exit: null,
  };
  if (init.pickLanguage) return state;
  return offerOrGo(state, init.unfinished ?? null, init.now);
}

/** Once the language is known: the offer to resume an unfinished quiz, else on as usual. */
function offerOrGo(state: State, unfinished: Unfinished | null, at: number): State {
  if (unfinished?.answers.length && state.questions.length) return { ...state, unfinished, screen: { name: 'resume', cursor: 0 } };
  return afterLanguage({ ...state, unfinished: null }, at);
}

function afterLanguage(state: State, at: number): State {
  return state.skipSummaries && state.questions.length ? begin(state, state.questions, 1, at) : { ...state, screen: { name: 'menu', cursor: 0 } };
}

function begin(state: State, questions: Question[], number: number, at: number): State {
  if (!questions.length) return state;
  return { ...state, round: startRound(questions, number, at), saved: null, screen: { name: 'question', cursor: 0 } };
}

const inQuiz = (state: State) => state.screen.name === 'question' || state.screen.name === 'feedback';

export function reduce(state: State, action: Action): State {
  if (state.exit) return state;
  if (action.type === 'interrupt') return { ...state, exit: 'interrupt' };
  if (action.type === 'saved') return { ...state, saved: action.outcome };
  if (state.confirming) {
    if (action.type === 'quit') return { ...state, confirming: false, exit: 'quit' };
    if (action.type === 'cancelQuit') return { ...state, confirming: false };
    return state;
  }
  const { screen, round } = state;
  switch (action.type) {
    case 'askQuit':
      return inQuiz(state) ? { ...state, confirming: true } : { ...state, exit: 'quit' };
    case 'quit':
      return { ...state, exit: 'quit' };
    case 'cancelQuit':
      return state;
    case 'move':
      if (screen.name === 'language') {
        const lang = LANGS[action.cursor];
        return lang ? { ...state, lang, screen: { ...screen, cursor: action.cursor } } : state;
      }
      return screen.name === 'menu' || screen.name === 'question' || screen.name === 'resume' ? { ...state, screen: { ...screen, cursor: action.cursor } } : state;
    case 'chooseLanguage':
      return screen.name === 'language' ? offerOrGo({ ...state, lang: action.lang, questions: action.questions }, action.unfinished, action.at) : state;
    case 'resume': {
      if (screen.name !== 'resume' || !state.unfinished) return state;
      const resumed = resumeRound(state.questions, state.unfinished, action.at);
      // Answered to the end before the program stopped: straight to the results (which saves them).
      const next: State['screen'] = isFinished(resumed) ? { name: 'results', page: 0 } : { name: 'question', cursor: 0 };
      return { ...state, unfinished: null, round: resumed, saved: null, screen: next };
    }
    case 'startOver':
      return screen.name === 'resume' ? afterLanguage({ ...state, unfinished: null }, action.at) : state;
    case 'menu':
      return inQuiz(state) || screen.name === 'menu' || screen.name === 'resume' ? state : { ...state, screen: { name: 'menu', cursor: 0 } };
    case 'choose':
      if (screen.name !== 'menu') return state;
      switch (action.choice) {
        case 'summaries':
          return state.articleCount ? { ...state, screen: { name: 'summary', article: 0, page: 0, originals: false } } : state;
        case 'quiz':
          return begin(state, state.questions, 1, action.at);
        case 'compare':
          return state.compare ? { ...state, screen: { name: 'compare', page: 0 } } : state;
        case 'language':
          return { ...state, screen: { name: 'language', cursor: Math.max(0, LANGS.indexOf(state.lang)) } };
        case 'quit':
          return { ...state, exit: 'quit' };
      }
      return state;
    case 'article':
      if (screen.name !== 'summary') return state;
      return { ...state, screen: { ...screen, article: clamp(action.article, state.articleCount), page: 0 } };
    case 'page':
      if (screen.name === 'summary' || screen.name === 'feedback' || screen.name === 'results' || screen.name === 'review' || screen.name === 'compare') {
        return { ...state, screen: { ...screen, page: Math.max(0, action.page) } };
      }
      return state;
    case 'toggleOriginals':
      return screen.name === 'summary' ? { ...state, screen: { ...screen, originals: !screen.originals } } : state;
    case 'startQuiz':
      return screen.name === 'summary' ? begin(state, state.questions, 1, action.at) : state;
    case 'answer': {
      const question = round && currentQuestion(round);
      if (screen.name !== 'question' || !round || !question || action.choice < 0 || action.choice > 3) return state;
      const answer = { questionId: question.id, choice: action.choice, correct: action.choice === question.answer, at: action.at, ms: Math.max(0, action.at - round.shownAt) };
      const answers = [...round.answers, answer];
      const finishedAt = answers.length === round.questions.length ? action.at : null;
      return { ...state, round: { ...round, answers, finishedAt }, screen: { name: 'feedback', page: 0 } };
    }
    case 'continue':
      if (screen.name !== 'feedback' || !round) return state;
      if (isFinished(round)) return { ...state, screen: { name: 'results', page: 0 } };
      return { ...state, round: { ...round, shownAt: action.at }, screen: { name: 'question', cursor: 0 } };
    case 'review':
      return screen.name === 'results' && round && mistakes(round).length ? { ...state, screen: { name: 'review', mistake: 0, page: 0 } } : state;
    case 'mistake':
      if (screen.name !== 'review' || !round) return state;
      return { ...state, screen: { name: 'review', mistake: clamp(action.mistake, mistakes(round).length), page: 0 } };
    case 'results':
      return screen.name === 'review' ? { ...state, screen: { name: 'results', page: 0 } } : state;
    case 'retry': {
      if ((screen.name !== 'results' && screen.name !== 'review') || !round) return state;
      return begin(state, mistakes(round).map((m) => m.question), round.number + 1, action.at);
    }
  }
}

function clamp(i: number, count: number): number {
  return Math.max(0, Math.min(i, count - 1));
}
