/**
 * The interactive lesson: the state machine, one root-level input handler for
 * every key of every screen, and the screen the state shows. Side effects
 * (saving, leaving) are the caller's, through callbacks.
 */
import { Text, useInput } from 'ink';
import { useCallback, useMemo, useRef } from 'react';
import { Frame } from './components/Frame.js';
import { useLessonState, type LessonEffects } from './hooks/use-lesson-state.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { layoutScreen, pagesOf } from './layout/screen.js';
import type { Lesson } from './lesson.js';
import { keyToAction, type View } from './state/key-to-action.js';
import type { Init } from './state/reducer.js';
import type { Action } from './state/types.js';
import { LanguageScreen } from './screens/LanguageScreen.js';
import { ChoiceScreen } from './screens/ChoiceScreen.js';
import { QuestionScreen } from './screens/QuestionScreen.js';
import { ThemeContext, type Palette } from './theme.js';

/** What still works while the terminal is too small: leaving. */
const LEAVING = new Set<Action['type']>(['askQuit', 'quit', 'cancelQuit', 'interrupt']);

export interface AppProps extends LessonEffects {
  lesson: Lesson;
  init: Init;
  palette: Palette;
  clock?: () => number;
  /** The quiz in a language left unfinished, looked up once that language is chosen. */
  unfinishedFor?: View['unfinishedFor'];
}

const NONE_UNFINISHED: View['unfinishedFor'] = () => null;

export function App({ lesson, init, palette, onRoundEnd, onAnswer, onStartOver, onExit, onState, clock = Date.now, unfinishedFor = NONE_UNFINISHED }: AppProps) {
  const { state, latest, act } = useLessonState(init, { onRoundEnd, onAnswer, onStartOver, onExit, onState });
  const size = useTerminalSize();
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const layout = useMemo(() => layoutScreen(state, lesson, size), [state, lesson, size]);

  // Reads the latest state, not a render's: keys that arrive together each meet the state the one before left.
  const onKey = useCallback<Parameters<typeof useInput>[0]>(
    (input, key) => {
      const now = latest();
      const shown = layoutScreen(now, lesson, sizeRef.current);
      const action = keyToAction(now, input, key, { pages: pagesOf(shown), now: clock(), questionsFor: lesson.questions, unfinishedFor });
      if (action && (shown.kind !== 'tooSmall' || LEAVING.has(action.type))) act(action);
    },
    [latest, act, lesson, clock, unfinishedFor],
  );
  useInput(onKey);

  let screen;
  switch (layout.kind) {
    case 'language':
      screen = <LanguageScreen framed={layout.framed} cursor={layout.cursor} />;
      break;
    case 'menu':
      screen = <ChoiceScreen id="menu" framed={layout.framed} labels={layout.labels} cursor={layout.cursor} />;
      break;
    case 'resume':
      screen = <ChoiceScreen id="resume" framed={layout.framed} labels={layout.labels} cursor={layout.cursor} />;
      break;
    case 'question':
      screen = <QuestionScreen layout={layout.layout} question={layout.question} round={layout.round} cursor={layout.cursor} />;
      break;
    case 'paged':
      screen = <Frame framed={layout.framed} />;
      break;
    case 'tooSmall':
      screen = <Text>{layout.message}</Text>;
  }
  return <ThemeContext.Provider value={palette}>{screen}</ThemeContext.Provider>;
}
