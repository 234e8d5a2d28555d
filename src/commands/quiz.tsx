/**
 * The interactive lesson, the default command: pick a language, read the
 * summaries, take the quiz, see the results. Without a terminal on both
 * stdin and stdout there is no Ink: the lesson is printed as text instead.
 * With one, the language picker is painted at once, and Ink, React and the
 * lesson (quiz-interactive.tsx) load behind it.
 */
import type { Question } from '../quiz/types.js';
import { catalog } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/locale.js';
import { lessonId } from '../quiz/progress.js';
import { firstFrameRows, paintFirstFrame } from '../ui/first-frame.js';
import { createLesson } from '../ui/lesson.js';
import { renderLessonText } from '../ui/plain.js';
import { progressKeeper } from '../ui/progress-file.js';
import { defaultResultsDir, type ResultsTarget } from '../ui/results-file.js';
import { selectArticles } from '../ui/select-articles.js';
import type { Init } from '../ui/state/reducer.js';
import { enterFullScreen, statusLine } from '../ui/terminal.js';
import { paletteFor } from '../ui/theme.js';
import { colorLevel } from '../util/color.js';
import { collectGarbage } from '../util/idle-gc.js';
import { EXIT, type Io } from '../util/io.js';
import { releaseCaches } from '../util/releasable.js';
import { loadInputs } from './load-inputs.js';
import { DEFAULT_COUNT, type QuizOptions } from './quiz-options.js';
import { parseCount, parseSeed } from './questions.js';

const PLAIN_WIDTH = 80;

/**
 * After each step of the interactive lesson's work (each dimension of the
 * extraction, then the questions, summaries or comparison of a language): the
 * patterns compiled for it are let go, and what it left behind is collected.
 * Kept, the extraction rules of all languages take about 9 MiB for the rest of
 * the lesson (see README, "Performance"); the lesson needs them no more once
 * the facts are read. This holds when the steps run at once too (with --lang,
 * or a language chosen before the reading ahead is done): the peak would be
 * there, and the collections cost about 60 ms.
 */
const letGoOfRules = () => {
  releaseCaches();
  collectGarbage();
};

export async function runQuiz(paths: string[], options: QuizOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const seed = parseSeed(options.seed);
  const count = parseCount(options.count) ?? DEFAULT_COUNT;
  const { articles: loaded, exitCode } = loadInputs(paths, io, lang);
  const articles = options.articles === undefined ? loaded : selectArticles(loaded, options.articles);
  const summaries = options.summary !== false;
  const t = catalog(lang).ui.plain;
  const interactive = io.stdin?.isTTY === true && io.stdout.isTTY === true;
  const lesson = createLesson(articles, { seed, count, ...(interactive ? { afterStep: letGoOfRules } : {}) });

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
  // A quiz left unfinished (the program was killed) is offered once the language, and so the questions, are known.
  const progress = progressKeeper(target.dir, (l) => lessonId(articles, { language: l, seed, count, name: options.name }));
  if (!pickLanguage) init.unfinished = progress.unfinished(lang, questions);
  const stdout = io.stdout as NodeJS.WriteStream;
  const palette = paletteFor(colorLevel(io.env, true));
  const screen = enterFullScreen(stdout, io.stdin);
  const first = firstFrameRows(init, lesson, { columns: stdout.columns || 80, rows: stdout.rows || 24 }, palette);
  if (first) paintFirstFrame(stdout, first);
  const { runInteractive } = await import('./quiz-interactive.js');
  // The articles are read while the picker is on screen.
  const afterFirstFrame = pickLanguage ? () => void lesson.readAhead(lang) : undefined;
  const code = await runInteractive({ lesson, init, target, progress, palette, screen, ...(afterFirstFrame ? { afterFirstFrame } : {}) }, io);
  return code === EXIT.ok ? exitCode : code;
}
