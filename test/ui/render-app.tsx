/**
 * Renders the lesson with ink-testing-library at a chosen terminal size, with
 * keys and recorded callbacks. Every key is typed inside React's act(), so the
 * effects it causes (ink-select-input re-subscribing its handler) have run
 * before the next key, however busy the machine is.
 */
import { render } from 'ink-testing-library';
import { act } from 'react';
import { App } from '../../src/ui/App.js';
import type { Size } from '../../src/ui/layout/frame.js';
import type { Lesson } from '../../src/ui/lesson.js';
import type { Init } from '../../src/ui/state/reducer.js';
import type { View } from '../../src/ui/state/key-to-action.js';
import type { Round, State } from '../../src/ui/state/types.js';
import { paletteFor, type Palette } from '../../src/ui/theme.js';
import { lessonDouble } from './lesson-double.js';

export const KEY = {
  enter: '\r',
  esc: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  pageDown: '\u001b[6~',
  ctrlC: '\u0003',
};

export const RESULTS_PATH = '/results/results-2025-07-18T14-22-03.json';

export interface AppOptions {
  init?: Partial<Init>;
  size?: Size;
  palette?: Palette;
  lesson?: Lesson;
  unfinishedFor?: View['unfinishedFor'];
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function renderApp(options: AppOptions = {}) {
  const lesson = options.lesson ?? lessonDouble();
  const lang = options.init?.lang ?? 'en';
  const init: Init = { lang, pickLanguage: false, questions: lesson.questions(lang), articleCount: lesson.articles.length, compare: true, skipSummaries: false, now: 0, ...options.init };
  const rounds: Round[] = [];
  const exits: State[] = [];
  /** The round after each answer of a quiz, as the progress file would keep it. */
  const answered: Round[] = [];
  const startedOver: string[] = [];
  let now = 1_000_000;
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(
      <App
        lesson={lesson}
        init={init}
        palette={options.palette ?? paletteFor(0)}
        clock={() => (now += 1500)}
        onRoundEnd={(round) => {
          rounds.push(round);
          return { ok: true, path: RESULTS_PATH };
        }}
        onAnswer={(round) => answered.push(round)}
        onStartOver={(lang) => startedOver.push(lang)}
        onExit={(state) => exits.push(state)}
        {...(options.unfinishedFor ? { unfinishedFor: options.unfinishedFor } : {})}
      />,
    );
  });
  const resize = (size: Size) =>
    act(async () => {
      Object.defineProperty(r.stdout, 'columns', { configurable: true, get: () => size.columns });
      Object.defineProperty(r.stdout, 'rows', { configurable: true, get: () => size.rows });
      r.stdout.emit('resize');
    });
  if (options.size) await resize(options.size);
  return {
    ...r,
    rounds,
    exits,
    answered,
    startedOver,
    resize,
    /** The last frame, no-break spaces (which hold key hints together) read as spaces. */
    frame: () => (r.lastFrame() ?? '').replace(/\u00a0/g, ' '),
    /** The last frame as drawn, no-break spaces kept. */
    rawFrame: () => r.lastFrame() ?? '',
    /** Types each key and lets Ink handle it (a lone Esc is held until the next turn, in case a sequence follows). */
    press: async (...keys: string[]) => {
      for (const k of keys) {
        await act(async () => {
          r.stdin.write(k);
          await new Promise((resolve) => setImmediate(resolve));
        });
      }
    },
    unmount: () => act(async () => r.unmount()),
  };
}
