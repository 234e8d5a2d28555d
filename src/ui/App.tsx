/**
 * The interactive lesson: the state machine, one root-level input handler, and
 * the screen the state shows. Side effects (saving, leaving) are the caller's,
 * through callbacks.
 */
import { Text, useInput } from 'ink';
import { useCallback, useMemo, useRef } from 'react';
import { Frame } from './components/Frame.js';
import { useLessonState, type LessonEffects } from './hooks/use-lesson-state.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { layoutScreen, pagesOf } from './layout/screen.js';
import type { Lesson } from './lesson.js';
import { keyToAction } from './state/key-to-action.js';
import type { Init } from './state/reducer.js';
import type { Action } from './state/types.js';
import { LanguageScreen } from './screens/LanguageScreen.js';
import { MenuScreen } from './screens/MenuScreen.js';
import { QuestionScreen } from './screens/QuestionScreen.js';
import { ThemeContext, type Palette } from './theme.js';

const LEAVING = new Set<Action['type']>(['askQuit', 'quit', 'cancelQuit', 'interrupt']);

export interface AppProps extends LessonEffects {
  lesson: Lesson;
  init: Init;
  palette: Palette;
  clock?: () => number;
}

export function App({ lesson, init, palette, onRoundEnd, onExit, onState, clock = Date.now }: AppProps) {
  const { state, latest, act } = useLessonState(init, { onRoundEnd, onExit, onState });
  const size = useTerminalSize();
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const layout = useMemo(() => layoutScreen(state, lesson, size), [state, lesson, size]);

  // A key an option list acted on is not the root's too (Enter on the menu must not also turn a page).
  const listActed = useRef(false);
  const fromList = (action: Action) => {
    listActed.current = true;
    queueMicrotask(() => (listActed.current = false));
    act(action);
  };

  // The one input handler for the whole lesson; it reads the latest state, never a stale render's.
  const onKey = useCallback<Parameters<typeof useInput>[0]>(
    (input, key) => {
      if (listActed.current) return;
      const now = latest();
      const shown = layoutScreen(now, lesson, sizeRef.current);
      const action = keyToAction(now, input, key, { pages: pagesOf(shown), now: clock() });
      // While the terminal is too small only leaving works: nothing else is on screen to act on.
      if (action && (shown.kind !== 'tooSmall' || LEAVING.has(action.type))) act(action);
    },
    [latest, act, lesson, clock],
  );
  useInput(onKey);

  const focused = !state.confirming && !state.exit;
  let screen;
  switch (layout.kind) {
    case 'language':
      screen = (
        <LanguageScreen
          framed={layout.framed}
          initial={state.lang}
          focused={focused}
          onHighlight={(lang) => fromList({ type: 'highlightLanguage', lang })}
          onChoose={(lang) => fromList({ type: 'chooseLanguage', lang, questions: lesson.questions(lang), at: clock() })}
        />
      );
      break;
    case 'menu':
      screen = <MenuScreen framed={layout.framed} items={layout.items} focused={focused} onChoose={(choice) => fromList({ type: 'choose', choice, at: clock() })} />;
      break;
    case 'question':
      screen = <QuestionScreen layout={layout.layout} question={layout.question} round={layout.round} focused={focused} onAnswer={(choice) => fromList({ type: 'answer', choice, at: clock() })} />;
      break;
    case 'paged':
      screen = <Frame framed={layout.framed} />;
      break;
    case 'tooSmall':
      screen = <Text>{layout.message}</Text>;
  }
  return <ThemeContext.Provider value={palette}>{screen}</ThemeContext.Provider>;
}
