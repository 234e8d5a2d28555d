/**
 * The lesson in Ink: one exit path (`finish`) saves what there is, unmounts
 * Ink and puts the terminal back, whether the lesson ends by choice, by
 * Ctrl-C, by a signal or by an error. Loaded once the first frame is on
 * screen (see quiz.tsx).
 */
import { render } from 'ink';
import type { Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { App } from '../ui/App.js';
import type { Lesson } from '../ui/lesson.js';
import type { ProgressKeeper } from '../ui/progress-file.js';
import { saveRound, type ResultsTarget } from '../ui/results-file.js';
import type { Init } from '../ui/state/reducer.js';
import type { Round, SaveOutcome, State } from '../ui/state/types.js';
import type { FullScreen } from '../ui/terminal.js';
import type { Palette } from '../ui/theme.js';
import { idleCollector } from '../util/idle-gc.js';
import { EXIT, type Io } from '../util/io.js';

export interface Interactive {
  lesson: Lesson;
  init: Init;
  target: ResultsTarget;
  /** The quiz's progress on disk, kept after every answer for resuming after a kill. */
  progress: ProgressKeeper;
  palette: Palette;
  /** The alternate screen, entered by the caller. */
  screen: FullScreen;
  /** Work for after the first frame (reading the articles). */
  afterFirstFrame?: () => void;
}

export function runInteractive({ lesson, init, target, progress, palette, screen, afterFirstFrame }: Interactive, io: Io): Promise<number> {
  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin!;
  let latest: State | undefined;
  /** The results file of the quiz taken last (retries are not written). */
  let written: SaveOutcome | undefined;

  const onRoundEnd = (round: Round, lang: Lang): SaveOutcome => {
    // A retry follows a quiz already written: it points to that file.
    if (round.number > 1 && written) return written;
    written = saveRound(round, lang, target, new Date());
    // The answers are in the results file now: the progress file goes.
    if (written.ok) progress.discard(lang);
    return written;
  };

  // Memory is collected whenever the lesson waits on the learner.
  const idle = idleCollector();
  return new Promise<number>((resolve) => {
    let done = false;
    const finish = (reason: 'quit' | 'interrupt' | 'error', error?: unknown) => {
      if (done) return;
      done = true;
      idle.stop();
      for (const signal of SIGNALS) process.off(signal, onSignal);
      const state = latest;
      // Answers of an unfinished quiz are saved too (a retry in progress is practice).
      if (state?.round?.number === 1 && !state.saved && state.round.answers.length) onRoundEnd(state.round, state.lang);
      instance.unmount();
      screen.restore();
      const said = catalog(state?.lang ?? init.lang);
      const t = said.ui.plain;
      if (reason === 'interrupt') io.stderr.write(`${t.interrupted}\n`);
      if (written?.ok) io.stdout.write(`${t.savedTo}${said.common.colon}${written.path}\n`);
      else if (written) io.stderr.write(`eternaut-quiz: ${said.ui.results.notSaved}${said.common.colon}${written.error}\n`);
      for (const line of progress.notices(state?.lang ?? init.lang)) io.stderr.write(`eternaut-quiz: ${line}\n`);
      if (reason === 'error') io.stderr.write(`eternaut-quiz: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      resolve(reason === 'interrupt' ? EXIT.interrupted : reason === 'error' ? EXIT.internal : EXIT.ok);
    };
    const onSignal = () => finish('interrupt');
    const instance = render(
      <App
        lesson={lesson}
        init={init}
        palette={palette}
        onRoundEnd={onRoundEnd}
        onAnswer={progress.answered}
        onStartOver={progress.discard}
        unfinishedFor={progress.unfinished}
        onState={(state) => {
          latest = state;
          idle.soon();
        }}
        // After the keypress that ended the lesson has been handled, not inside it.
        onExit={(state) => setImmediate(() => finish(state.exit === 'interrupt' ? 'interrupt' : 'quit'))}
      />,
      { stdout, stdin, stderr: process.stderr, exitOnCtrlC: false },
    );
    instance.waitUntilExit().catch((err: unknown) => finish('error', err));
    for (const signal of SIGNALS) process.on(signal, onSignal);
    // After the first frame has reached the terminal.
    if (afterFirstFrame) setTimeout(afterFirstFrame, 0);
  });
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
