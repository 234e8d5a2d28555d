import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Init } from '../../../src/ui/state/reducer.js';
import { mistakes } from '../../../src/ui/state/round.js';
import type { Action, Answer, State, Unfinished } from '../../../src/ui/state/types.js';
import { QUESTIONS, question } from '../fixtures.js';

const init: Init = { lang: 'en', pickLanguage: true, questions: [], articleCount: 3, compare: true, skipSummaries: false, now: 0 };
const run = (state: State, ...actions: Action[]) => actions.reduce(reduce, state);
const choose = (lang: State['lang'] = 'de', unfinished: Unfinished | null = null): Action => ({ type: 'chooseLanguage', lang, questions: QUESTIONS, unfinished, at: 1000 });

describe('the lesson state machine', () => {
  it('starts on the language picker without --lang, on the menu with it', () => {
    expect(initialState(init).screen).toEqual({ name: 'language', cursor: 0 });
    expect(initialState({ ...init, lang: 'es' }).screen).toEqual({ name: 'language', cursor: 4 });
    expect(initialState({ ...init, pickLanguage: false }).screen).toEqual({ name: 'menu', cursor: 0 });
  });

  it('previews a highlighted language and takes the chosen one with its questions', () => {
    const s = run(initialState(init), { type: 'move', cursor: 5 });
    expect(s).toMatchObject({ lang: 'fr', screen: { name: 'language', cursor: 5 } });
    expect(reduce(s, { type: 'move', cursor: 6 })).toBe(s);
    const t = reduce(s, choose('nb'));
    expect(t).toMatchObject({ lang: 'nb', screen: { name: 'menu', cursor: 0 } });
    expect(t.questions).toBe(QUESTIONS);
  });

  it('goes straight to the first question with --no-summary', () => {
    expect(reduce(initialState({ ...init, skipSummaries: true }), choose()).screen).toEqual({ name: 'question', cursor: 0 });
    expect(initialState({ ...init, pickLanguage: false, skipSummaries: true, questions: QUESTIONS }).screen).toEqual({ name: 'question', cursor: 0 });
  });

  it('reads the summaries one article at a time, then starts the quiz', () => {
    let s = run(initialState(init), choose(), { type: 'choose', choice: 'summaries', at: 1 });
    expect(s.screen).toEqual({ name: 'summary', article: 0, page: 0, originals: false });
    s = run(s, { type: 'page', page: 1 }, { type: 'toggleOriginals' });
    expect(s.screen).toEqual({ name: 'summary', article: 0, page: 1, originals: true });
    s = run(s, { type: 'article', article: 7 });
    expect(s.screen).toEqual({ name: 'summary', article: 2, page: 0, originals: true });
    s = reduce(s, { type: 'startQuiz', at: 2000 });
    expect(s.screen).toEqual({ name: 'question', cursor: 0 });
    expect(s.round).toMatchObject({ number: 1, startedAt: 2000, shownAt: 2000, answers: [], finishedAt: null });
  });

  it('grades each answer, shows feedback, and ends on the results', () => {
    let s = run(initialState(init), choose(), { type: 'choose', choice: 'quiz', at: 1000 }, { type: 'move', cursor: 2 });
    expect(s.screen).toEqual({ name: 'question', cursor: 2 });
    s = run(s, { type: 'answer', choice: 0, at: 1100 });
    expect(s.screen).toEqual({ name: 'feedback', page: 0 });
    expect(s.round?.answers[0]).toEqual({ questionId: 'q1', choice: 0, correct: true, at: 1100, ms: 100 });
    s = run(s, { type: 'continue', at: 1150 });
    expect(s.screen).toEqual({ name: 'question', cursor: 0 });
    s = run(s, { type: 'answer', choice: 3, at: 1200 });
    expect(s.round?.answers[1]?.ms).toBe(50);
    s = run(s, { type: 'continue', at: 0 });
    s = run(s, { type: 'answer', choice: 2, at: 1300 }, { type: 'continue', at: 0 });
    s = run(s, { type: 'answer', choice: 0, at: 1400 });
    expect(s.round?.finishedAt).toBe(1400);
    expect(s.round?.answers.map((a) => a.correct)).toEqual([true, false, true, false]);
    expect(reduce(s, { type: 'continue', at: 0 }).screen).toEqual({ name: 'results', page: 0 });
  });

  it('ignores an answer that arrives when no question is on screen', () => {
    const s = run(initialState(init), choose(), { type: 'choose', choice: 'quiz', at: 1000 }, { type: 'answer', choice: 1, at: 1100 });
    expect(reduce(s, { type: 'answer', choice: 2, at: 1101 })).toBe(s);
    expect(reduce(reduce(s, { type: 'continue', at: 0 }), { type: 'answer', choice: 9, at: 1 }).round?.answers).toHaveLength(1);
  });

  it('reviews the mistakes and retries only the missed questions', () => {
    let s = run(initialState(init), choose(), { type: 'choose', choice: 'quiz', at: 0 });
    for (const choice of [1, 1, 2, 0]) s = run(s, { type: 'answer', choice, at: 5 }, { type: 'continue', at: 5 });
    expect(mistakes(s.round!).map((m) => m.question.id)).toEqual(['q1', 'q4']);
    s = run(s, { type: 'saved', outcome: { ok: true, path: '/r.json' } }, { type: 'review' }, { type: 'mistake', mistake: 5 });
    expect(s.screen).toEqual({ name: 'review', mistake: 1, page: 0 });
    s = run(s, { type: 'results' }, { type: 'retry', at: 9000 });
    expect(s.round).toMatchObject({ number: 2, startedAt: 9000 });
    expect(s.round?.questions.map((q) => q.id)).toEqual(['q1', 'q4']);
    expect(s.saved).toBeNull();
  });

  it('offers no review or retry after a perfect round', () => {
    let s = run(initialState(init), { type: 'chooseLanguage', lang: 'en', questions: [question('x', 2)], unfinished: null, at: 0 }, { type: 'choose', choice: 'quiz', at: 0 });
    s = run(s, { type: 'answer', choice: 2, at: 1 }, { type: 'continue', at: 1 });
    expect(run(s, { type: 'review' })).toBe(s);
    expect(run(s, { type: 'retry', at: 2 })).toBe(s);
  });

  it('asks before leaving a quiz, and leaves other screens at once', () => {
    const quiz = run(initialState(init), choose(), { type: 'choose', choice: 'quiz', at: 0 });
    const asking = reduce(quiz, { type: 'askQuit' });
    expect(asking).toMatchObject({ confirming: true, exit: null });
    expect(reduce(asking, { type: 'answer', choice: 0, at: 1 })).toBe(asking);
    expect(reduce(asking, { type: 'cancelQuit' })).toMatchObject({ confirming: false, exit: null, screen: { name: 'question', cursor: 0 } });
    expect(reduce(asking, { type: 'quit' }).exit).toBe('quit');
    expect(reduce(run(initialState(init), choose()), { type: 'askQuit' }).exit).toBe('quit');
  });

  it('leaves at once on Ctrl-C, from anywhere, and then ignores everything', () => {
    const asking = run(initialState(init), choose(), { type: 'choose', choice: 'quiz', at: 0 }, { type: 'askQuit' });
    const gone = reduce(asking, { type: 'interrupt' });
    expect(gone.exit).toBe('interrupt');
    expect(reduce(gone, { type: 'cancelQuit' })).toBe(gone);
  });

  it('offers compare only when it exists, and no quiz without questions', () => {
    const menu = run(initialState({ ...init, compare: false }), { type: 'chooseLanguage', lang: 'en', questions: [], unfinished: null, at: 0 });
    expect(reduce(menu, { type: 'choose', choice: 'compare', at: 0 })).toBe(menu);
    expect(reduce(menu, { type: 'choose', choice: 'quiz', at: 0 })).toBe(menu);
    expect(reduce(run(initialState(init), choose()), { type: 'choose', choice: 'compare', at: 0 }).screen).toEqual({ name: 'compare', page: 0 });
  });
});

describe('resuming an unfinished quiz', () => {
  // q1 right (answer 0), q2 wrong (answer 1, chose 3): two of four answered, 700 ms in all.
  const kept: Answer[] = [
    { questionId: 'q1', choice: 0, correct: true, at: 500, ms: 300 },
    { questionId: 'q2', choice: 3, correct: false, at: 900, ms: 400 },
  ];
  const unfinished: Unfinished = { answers: kept };

  it('offers to resume once the language is chosen, or at once with --lang', () => {
    const offered = run(initialState(init), choose('de', unfinished));
    expect(offered).toMatchObject({ lang: 'de', screen: { name: 'resume', cursor: 0 }, unfinished, round: null });
    expect(initialState({ ...init, pickLanguage: false, questions: QUESTIONS, unfinished }).screen).toEqual({ name: 'resume', cursor: 0 });
    expect(initialState({ ...init, pickLanguage: false, questions: QUESTIONS, skipSummaries: true, unfinished }).screen).toEqual({ name: 'resume', cursor: 0 });
  });

  it('makes no offer without answers or without questions', () => {
    expect(run(initialState(init), choose('de', { answers: [] })).screen).toEqual({ name: 'menu', cursor: 0 });
    expect(run(initialState(init), { type: 'chooseLanguage', lang: 'en', questions: [], unfinished, at: 0 })).toMatchObject({ screen: { name: 'menu', cursor: 0 }, unfinished: null });
  });

  it('resumes the same questions in the same order, the answers kept, on the next unanswered question', () => {
    const s = run(initialState(init), choose('de', unfinished), { type: 'move', cursor: 1 }, { type: 'move', cursor: 0 }, { type: 'resume', at: 10_000 });
    expect(s.screen).toEqual({ name: 'question', cursor: 0 });
    expect(s.unfinished).toBeNull();
    expect(s.round).toMatchObject({ number: 1, answers: kept, shownAt: 10_000, finishedAt: null });
    expect(s.round?.questions).toBe(QUESTIONS);
    // The time taken counts the kept answers' 700 ms, not the hours the quiz lay unfinished.
    expect(s.round?.startedAt).toBe(10_000 - 700);
    const done = run(s, { type: 'answer', choice: 2, at: 10_500 }, { type: 'continue', at: 10_600 }, { type: 'answer', choice: 3, at: 11_000 });
    expect(done.round?.answers.map((a) => [a.questionId, a.choice, a.correct, a.ms])).toEqual([
      ['q1', 0, true, 300],
      ['q2', 3, false, 400],
      ['q3', 2, true, 500],
      ['q4', 3, true, 400],
    ]);
    expect(reduce(done, { type: 'continue', at: 11_100 }).screen).toEqual({ name: 'results', page: 0 });
  });

  it('goes straight to the results when every question was answered before the program stopped', () => {
    const all: Unfinished = { answers: QUESTIONS.map((q, i) => ({ questionId: q.id, choice: q.answer, correct: true, at: i, ms: 10 })) };
    const s = run(initialState(init), choose('de', all), { type: 'resume', at: 5000 });
    expect(s.screen).toEqual({ name: 'results', page: 0 });
    expect(s.round).toMatchObject({ finishedAt: 5000, startedAt: 5000 - 40 });
  });

  it('starts over: the menu, or the first question with --no-summary, and no answers', () => {
    const over = run(initialState(init), choose('de', unfinished), { type: 'startOver', at: 2000 });
    expect(over).toMatchObject({ screen: { name: 'menu', cursor: 0 }, unfinished: null, round: null });
    const quiz = run(initialState({ ...init, skipSummaries: true }), choose('de', unfinished), { type: 'startOver', at: 2000 });
    expect(quiz.screen).toEqual({ name: 'question', cursor: 0 });
    expect(quiz.round).toMatchObject({ number: 1, answers: [], startedAt: 2000 });
  });

  it('takes only its own keys while the offer is open', () => {
    const offered = run(initialState(init), choose('de', unfinished));
    for (const action of [{ type: 'menu' }, { type: 'answer', choice: 0, at: 1 }, { type: 'continue', at: 1 }, { type: 'choose', choice: 'quiz', at: 1 }, { type: 'startQuiz', at: 1 }] as Action[]) {
      expect(reduce(offered, action)).toBe(offered);
    }
    const menu = run(initialState(init), choose());
    expect(reduce(menu, { type: 'resume', at: 1 })).toBe(menu);
    expect(reduce(menu, { type: 'startOver', at: 1 })).toBe(menu);
    expect(reduce(offered, { type: 'askQuit' }).exit).toBe('quit');
  });
});
