import { describe, expect, it } from 'vitest';
import { keyToAction, type KeyPress, type View } from '../../../src/ui/state/key-to-action.js';
import { initialState, reduce } from '../../../src/ui/state/reducer.js';
import type { Screen, State, Unfinished } from '../../../src/ui/state/types.js';
import { QUESTIONS } from '../fixtures.js';

const base = initialState({ lang: 'de', pickLanguage: false, questions: QUESTIONS, articleCount: 3, compare: true, skipSummaries: false, now: 0 });
const on = (screen: Screen, extra: Partial<State> = {}): State => ({ ...base, screen, ...extra });
const unfinished: Unfinished = { answers: [{ questionId: 'q1', choice: 0, correct: true, at: 100, ms: 90 }] };
const view: View = {
  pages: 3,
  now: 4242,
  questionsFor: (lang) => (lang === 'nl' ? QUESTIONS.slice(0, 2) : QUESTIONS),
  unfinishedFor: (lang, questions) => (lang === 'fr' && questions === QUESTIONS ? unfinished : null),
};
const press = (state: State, input: string, key: KeyPress = {}) => keyToAction(state, input, key, view);

describe('keyToAction', () => {
  it('turns Ctrl-C into an interrupt on every screen, even while asking', () => {
    expect(press(on({ name: 'menu', cursor: 0 }), 'c', { ctrl: true })).toEqual({ type: 'interrupt' });
    expect(press(on({ name: 'question', cursor: 0 }, { confirming: true }), 'c', { ctrl: true })).toEqual({ type: 'interrupt' });
  });

  it('asks to quit on q and Esc', () => {
    expect(press(on({ name: 'question', cursor: 0 }), 'q')).toEqual({ type: 'askQuit' });
    expect(press(on({ name: 'summary', article: 0, page: 0, originals: false }), '', { escape: true })).toEqual({ type: 'askQuit' });
  });

  it('answers the confirmation with y, the language’s own yes letter, or Enter; n or Esc cancels', () => {
    const asking = on({ name: 'question', cursor: 0 }, { confirming: true });
    expect(press(asking, 'j')).toEqual({ type: 'quit' });
    expect(press(asking, 'Y')).toEqual({ type: 'quit' });
    expect(press(asking, '', { return: true })).toEqual({ type: 'quit' });
    expect(press(asking, 'n')).toEqual({ type: 'cancelQuit' });
    expect(press(asking, '', { escape: true })).toEqual({ type: 'cancelQuit' });
    expect(press(asking, '2')).toBeNull();
    expect(press({ ...asking, lang: 'es' }, 's')).toEqual({ type: 'quit' });
  });

  it('moves through the option lists with the arrows, wrapping, and picks with Enter or a digit', () => {
    const question = on({ name: 'question', cursor: 3 });
    expect(press(question, '', { downArrow: true })).toEqual({ type: 'move', cursor: 0 });
    expect(press(question, '', { upArrow: true })).toEqual({ type: 'move', cursor: 2 });
    expect(press(question, '', { return: true })).toEqual({ type: 'answer', choice: 3, at: 4242 });
    expect(press(question, '2')).toEqual({ type: 'answer', choice: 1, at: 4242 });
    expect(press(question, '5')).toBeNull();
    expect(press(question, 'x')).toBeNull();
    const menu = on({ name: 'menu', cursor: 2 });
    expect(press(menu, '', { return: true })).toEqual({ type: 'choose', choice: 'compare', at: 4242 });
    expect(press({ ...menu, compare: false }, '', { return: true })).toEqual({ type: 'choose', choice: 'language', at: 4242 });
    expect(press(menu, '5')).toEqual({ type: 'choose', choice: 'quit', at: 4242 });
  });

  it('chooses a language with its questions and the unfinished quiz in that language', () => {
    const picker = on({ name: 'language', cursor: 2 });
    expect(press(picker, '', { upArrow: true })).toEqual({ type: 'move', cursor: 1 });
    expect(press(picker, '', { return: true })).toEqual({ type: 'chooseLanguage', lang: 'nl', questions: QUESTIONS.slice(0, 2), unfinished: null, at: 4242 });
    expect(press(picker, '6')).toEqual({ type: 'chooseLanguage', lang: 'fr', questions: QUESTIONS, unfinished, at: 4242 });
  });

  it('resumes or starts over on the offer, by arrows and Enter or by digit', () => {
    const offer = on({ name: 'resume', cursor: 0 }, { unfinished });
    expect(press(offer, '', { downArrow: true })).toEqual({ type: 'move', cursor: 1 });
    expect(press(offer, '', { upArrow: true })).toEqual({ type: 'move', cursor: 1 });
    expect(press(offer, '', { return: true })).toEqual({ type: 'resume', at: 4242 });
    expect(press(on({ name: 'resume', cursor: 1 }, { unfinished }), '', { return: true })).toEqual({ type: 'startOver', at: 4242 });
    expect(press(offer, '1')).toEqual({ type: 'resume', at: 4242 });
    expect(press(offer, '2')).toEqual({ type: 'startOver', at: 4242 });
    expect(press(offer, '3')).toBeNull();
    expect(press(offer, 'q')).toEqual({ type: 'askQuit' });
  });

  it('picks the option ↓ went to when ↓ and Enter come in one read', () => {
    let s = on({ name: 'menu', cursor: 0 });
    for (const [input, key] of [['', { downArrow: true }], ['', { return: true }]] as const) s = reduce(s, press(s, input, key)!);
    expect(s.screen).toEqual({ name: 'question', cursor: 0 });
  });

  it('moves through summaries by article and page, within bounds', () => {
    const first = on({ name: 'summary', article: 0, page: 0, originals: false });
    expect(press(first, '', { rightArrow: true })).toEqual({ type: 'article', article: 1 });
    expect(press(first, '', { leftArrow: true })).toBeNull();
    expect(press(first, '', { downArrow: true })).toEqual({ type: 'page', page: 1 });
    expect(press(first, ' ')).toEqual({ type: 'page', page: 1 });
    expect(press(first, '', { pageUp: true })).toBeNull();
    expect(press(first, 'o')).toEqual({ type: 'toggleOriginals' });
    expect(press(first, 'm')).toEqual({ type: 'menu' });
    expect(press(first, '', { return: true })).toEqual({ type: 'article', article: 1 });
    const last = on({ name: 'summary', article: 2, page: 2, originals: false });
    expect(press(last, '', { return: true })).toEqual({ type: 'startQuiz', at: 4242 });
    expect(press(last, '', { rightArrow: true })).toBeNull();
    expect(press(last, '', { pageDown: true })).toBeNull();
  });

  it('clamps paging to the pages there are now (after a resize)', () => {
    const far = on({ name: 'feedback', page: 9 });
    expect(keyToAction(far, '', { upArrow: true }, { ...view, pages: 2, now: 0 })).toEqual({ type: 'page', page: 0 });
    expect(keyToAction(far, '', { downArrow: true }, { ...view, pages: 2, now: 0 })).toBeNull();
  });

  it('continues after feedback with Enter or →', () => {
    expect(press(on({ name: 'feedback', page: 0 }), '', { return: true })).toEqual({ type: 'continue', at: 4242 });
    expect(press(on({ name: 'feedback', page: 0 }), '', { rightArrow: true })).toEqual({ type: 'continue', at: 4242 });
  });

  it('offers review and retry on the results only when something was missed', () => {
    let s = reduce(on({ name: 'menu', cursor: 0 }), { type: 'choose', choice: 'quiz', at: 0 });
    for (const choice of [0, 0, 2, 3]) s = reduce(reduce(s, { type: 'answer', choice, at: 1 }), { type: 'continue', at: 1 });
    expect(press(s, 'v')).toEqual({ type: 'review' });
    expect(press(s, 'r')).toEqual({ type: 'retry', at: 4242 });
    let perfect = reduce(on({ name: 'menu', cursor: 0 }), { type: 'choose', choice: 'quiz', at: 0 });
    for (const choice of [0, 1, 2, 3]) perfect = reduce(reduce(perfect, { type: 'answer', choice, at: 1 }), { type: 'continue', at: 1 });
    expect(perfect.screen.name).toBe('results');
    expect(press(perfect, 'v')).toBeNull();
    expect(press(perfect, 'r')).toBeNull();
    expect(press(perfect, 'm')).toEqual({ type: 'menu' });
  });

  it('walks the mistakes in the review and goes back to the results', () => {
    let s = reduce(on({ name: 'menu', cursor: 0 }), { type: 'choose', choice: 'quiz', at: 0 });
    for (const choice of [1, 0, 2, 0]) s = reduce(reduce(s, { type: 'answer', choice, at: 1 }), { type: 'continue', at: 1 });
    s = reduce(s, { type: 'review' });
    expect(press(s, '', { rightArrow: true })).toEqual({ type: 'mistake', mistake: 1 });
    expect(press(s, '', { leftArrow: true })).toBeNull();
    expect(press(s, 'b')).toEqual({ type: 'results' });
    expect(press(s, '', { return: true })).toEqual({ type: 'results' });
  });
});
