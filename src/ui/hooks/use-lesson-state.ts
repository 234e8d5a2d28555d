/**
 * The lesson's state, moved by the pure reducer. Each action is reduced at
 * once against the latest state (not a render's snapshot), so keys that arrive
 * faster than renders still meet the right screen; saving an answer's
 * progress, a finished round and leaving happen right there, not in an effect
 * that might run late.
 */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../facts.js';
import { initialState, reduce, type Init } from '../state/reducer.js';
import type { Action, Round, SaveOutcome, State } from '../state/types.js';

export interface LessonEffects {
  onRoundEnd: (round: Round, lang: Lang) => SaveOutcome;
  /** After each answer of the quiz (round 1; retries are practice): the progress to keep. */
  onAnswer?: ((round: Round, lang: Lang) => void) | undefined;
  /** The learner chose to start over instead of resuming an unfinished quiz. */
  onStartOver?: ((lang: Lang) => void) | undefined;
  onExit: (state: State) => void;
  onState?: ((state: State) => void) | undefined;
}

export function useLessonState(init: Init, effects: LessonEffects): { state: State; latest: () => State; act: (action: Action) => void } {
  const [state, setState] = useState(() => initialState(init));
  const ref = useRef(state);
  const effectsRef = useRef(effects);
  effectsRef.current = effects;

  const act = useCallback((action: Action) => {
    const before = ref.current;
    let next = reduce(before, action);
    if (next === before) return;
    const { onRoundEnd, onAnswer, onStartOver, onExit, onState } = effectsRef.current;
    if (action.type === 'answer' && next.round?.number === 1) onAnswer?.(next.round, next.lang);
    if (action.type === 'startOver') onStartOver?.(next.lang);
    if (next.screen.name === 'results' && next.round && !next.saved) next = reduce(next, { type: 'saved', outcome: onRoundEnd(next.round, next.lang) });
    ref.current = next;
    setState(next);
    onState?.(next);
    if (next.exit && !before.exit) onExit(next);
  }, []);

  return { state, latest: useCallback(() => ref.current, []), act };
}
