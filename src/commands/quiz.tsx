/**
 * The interactive lesson, the default command: pick a language, read the
 * summaries, take the quiz, see the results. Without a terminal on both
 * stdin and stdout there is no Ink: the lesson is printed as text instead.
 * One exit path (`finish`) saves what there is, unmounts Ink and puts the
 * terminal back, whether the lesson ends by choice, by Ctrl-C, by a signal
 * or by an error.
 */
import { render } from 'ink';
import type { Lang } from '../facts.js';
import type { Question } from '../quiz/types.js';
import { catalog } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/locale.js';
import { App } from '../ui/App.js';
import { createLesson, type Lesson } from '../ui/lesson.js';
import { renderLessonText } from '../ui/plain.js';
import { defaultResultsDir, saveRound, type ResultsTarget } from '../ui/results-file.js';
import { selectArticles } from '../ui/select-articles.js';
import type { Init } from '../ui/state/reducer.js';
import type { Round, SaveOutcome, State } from '../ui/state/types.js';
import { enterFullScreen, statusLine } from '../ui/terminal.js';
import { paletteFor } from '../ui/theme.js';
import { colorLevel } from '../util/color.js';
import { EXIT, type Io } from '../util/io.js';
import { loadInputs } from './load-inputs.js';
import { DEFAULT_COUNT, type QuizOptions } from './quiz-options.js';
import { parseCount, parseSeed } from './questions.js';

const PLAIN_WIDTH = 80;

export async function runQuiz(paths: string[], options: QuizOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const seed = parseSeed(options.seed);
  const count = parseCount(options.count) ?? DEFAULT_COUNT;
  const { articles: loaded, exitCode } = loadInputs(paths, io, lang);
  const articles = options.articles === undefined ? loaded : selectArticles(loaded, options.articles);
  const summaries = options.summary !== false;
  const t = catalog(lang).ui.plain;
  const lesson = createLesson(articles, { seed, count });

  if (!io.stdin?.isTTY || !io.stdout.isTTY) {
    io.stderr.write(`eternaut-quiz: ${t.notTerminal}\n${t.seeCommands}\n`);
    io.stdout.write(renderLessonText(lesson, { lang, seed, width: PLAIN_WIDTH, summaries }));
    return exitCode;
  }
  const pickLanguage = options.lang === undefined;
  let questions: Question[] = [];
  if (!pickLanguage) {
    // The menu shows the number of questions: reading comes first, with a line meanwhile (Ctrl-C just stops).
    const erase = statusLine(io.stdout, t.loading);
    questions = lesson.questions(lang);
    erase();
  }
  const init: Init = { lang, pickLanguage, questions, articleCount: articles.length, compare: articles.length > 1, skipSummaries: !summaries, now: Date.now() };
  const target: ResultsTarget = { dir: options.results ?? defaultResultsDir(io.env), seed, ...(options.name ? { name: options.name } : {}) };
  // The language picker is drawn at once; the articles are read while it is on screen.
  const warmUp = pickLanguage ? () => void lesson.questions(lang) : undefined;
  const code = await runInteractive(lesson, init, target, io, warmUp);
  return code === EXIT.ok ? exitCode : code;
}

function runInteractive(lesson: Lesson, init: Init, target: ResultsTarget, io: Io, afterFirstFrame?: () => void): Promise<number> {
  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin!;
  const screen = enterFullScreen(stdout, stdin);
  let latest: State | undefined;
  /** The results file of the quiz taken last (retries are not written). */
  let written: SaveOutcome | undefined;

  const onRoundEnd = (round: Round, lang: Lang): SaveOutcome => {
    // A retry follows a quiz already written: it points to that file.
    if (round.number > 1 && written) return written;
    return (written = saveRound(round, lang, target, new Date()));
  };

  return new Promise<number>((resolve) => {
    let done = false;
    const finish = (reason: 'quit' | 'interrupt' | 'error', error?: unknown) => {
      if (done) return;
      done = true;
      for (const signal of SIGNALS) process.off(signal, onSignal);
      const state = latest;
      // Answers of an unfinished quiz are saved too (a retry in progress is practice).
      if (state?.round?.number === 1 && !state.saved && state.round.answers.length) onRoundEnd(state.round, state.lang);
      instance.unmount();
      screen.restore();
      const t = catalog(state?.lang ?? init.lang).ui.plain;
      if (reason === 'interrupt') io.stderr.write(`${t.interrupted}\n`);
      if (written?.ok) io.stdout.write(`${t.savedTo}: ${written.path}\n`);
      else if (written) io.stderr.write(`eternaut-quiz: ${catalog(state?.lang ?? init.lang).ui.results.notSaved}: ${written.error}\n`);
      if (reason === 'error') io.stderr.write(`eternaut-quiz: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      resolve(reason === 'interrupt' ? EXIT.interrupted : reason === 'error' ? EXIT.internal : EXIT.ok);
    };
    const onSignal = () => finish('interrupt');
    const instance = render(
      <App
        lesson={lesson}
        init={init}
        palette={paletteFor(colorLevel(io.env, true))}
        onRoundEnd={onRoundEnd}
        onState={(state) => (latest = state)}
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
