/**
 * Keys to actions: pure, one place for every key of every screen, the option
 * lists included (ink-select-input draws them; the highlight lives in the
 * state). So keys that arrive together in one read, "↓ Enter" say, each meet
 * the state the one before left, and Enter picks the option ↓ went to.
 */
import type { Key } from 'ink';
import { LANGS, type Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import type { Question } from '../../quiz/types.js';
import { menuChoices } from './menu.js';
import { mistakes } from './round.js';
import type { Action, State, Unfinished } from './types.js';

export type KeyPress = Partial<Key>;

/** What a key needs beyond the state: the pages on screen now, the time, the questions of a language and its unfinished quiz. */
export interface View {
  pages: number;
  now: number;
  questionsFor: (lang: Lang) => Question[];
  unfinishedFor: (lang: Lang, questions: Question[]) => Unfinished | null;
}

/** ↑ and ↓ move through a list and wrap around; a digit picks that option. */
function listKey(input: string, key: KeyPress, cursor: number, count: number): { move: number } | { pick: number } | null {
  if (key.upArrow) return { move: (cursor - 1 + count) % count };
  if (key.downArrow) return { move: (cursor + 1) % count };
  if (key.return) return { pick: cursor };
  const digit = /^[1-9]$/.test(input) ? Number(input) - 1 : -1;
  return digit >= 0 && digit < count ? { pick: digit } : null;
}

function pageMove(input: string, key: KeyPress): -1 | 1 | 0 {
  if (key.upArrow || key.pageUp) return -1;
  if (key.downArrow || key.pageDown || input === ' ') return 1;
  return 0;
}

function toPage(current: number, delta: number, pages: number): Action | null {
  const from = Math.min(current, pages - 1);
  const to = from + delta;
  return delta && to >= 0 && to < pages ? { type: 'page', page: to } : null;
}

export function keyToAction(state: State, input: string, key: KeyPress, view: View): Action | null {
  if (key.ctrl && input === 'c') return { type: 'interrupt' };
  const letter = input.toLowerCase();
  if (state.confirming) {
    if (key.return || letter === 'y' || letter === catalog(state.lang).ui.yesKey) return { type: 'quit' };
    if (key.escape || letter === 'n') return { type: 'cancelQuit' };
    return null;
  }
  if (key.escape || letter === 'q') return { type: 'askQuit' };
  const { screen, round } = state;
  const move = pageMove(input, key);
  switch (screen.name) {
    case 'summary': {
      const last = screen.article >= state.articleCount - 1;
      if (key.leftArrow) return screen.article > 0 ? { type: 'article', article: screen.article - 1 } : null;
      if (key.rightArrow) return last ? null : { type: 'article', article: screen.article + 1 };
      if (key.return) {
        if (!last) return { type: 'article', article: screen.article + 1 };
        return state.questions.length ? { type: 'startQuiz', at: view.now } : { type: 'menu' };
      }
      if (letter === 'o') return { type: 'toggleOriginals' };
      if (letter === 'm') return { type: 'menu' };
      return toPage(screen.page, move, view.pages);
    }
    case 'feedback':
      if (key.return || key.rightArrow) return { type: 'continue', at: view.now };
      return toPage(screen.page, move, view.pages);
    case 'results': {
      const missed = round ? mistakes(round).length : 0;
      if (letter === 'v' && missed) return { type: 'review' };
      if (letter === 'r' && missed) return { type: 'retry', at: view.now };
      if (letter === 'm') return { type: 'menu' };
      return toPage(screen.page, move, view.pages);
    }
    case 'review': {
      const count = round ? mistakes(round).length : 0;
      if (key.leftArrow) return screen.mistake > 0 ? { type: 'mistake', mistake: screen.mistake - 1 } : null;
      if (key.rightArrow) return screen.mistake < count - 1 ? { type: 'mistake', mistake: screen.mistake + 1 } : null;
      if (key.return || key.backspace || key.delete || letter === 'b') return { type: 'results' };
      if (letter === 'r') return { type: 'retry', at: view.now };
      if (letter === 'm') return { type: 'menu' };
      return toPage(screen.page, move, view.pages);
    }
    case 'compare':
      if (key.return || key.backspace || key.delete || letter === 'b' || letter === 'm') return { type: 'menu' };
      return toPage(screen.page, move, view.pages);
    case 'language': {
      const k = listKey(input, key, screen.cursor, LANGS.length);
      if (!k || 'move' in k) return k && { type: 'move', cursor: k.move };
      const lang = LANGS[k.pick]!;
      const questions = view.questionsFor(lang);
      return { type: 'chooseLanguage', lang, questions, unfinished: view.unfinishedFor(lang, questions), at: view.now };
    }
    case 'resume': {
      const k = listKey(input, key, screen.cursor, 2);
      if (!k || 'move' in k) return k && { type: 'move', cursor: k.move };
      return { type: k.pick === 0 ? 'resume' : 'startOver', at: view.now };
    }
    case 'menu': {
      const choices = menuChoices(state);
      const k = listKey(input, key, screen.cursor, choices.length);
      if (!k || 'move' in k) return k && { type: 'move', cursor: k.move };
      return { type: 'choose', choice: choices[k.pick]!, at: view.now };
    }
    case 'question': {
      const k = listKey(input, key, screen.cursor, 4);
      if (!k || 'move' in k) return k && { type: 'move', cursor: k.move };
      return { type: 'answer', choice: k.pick, at: view.now };
    }
  }
}
