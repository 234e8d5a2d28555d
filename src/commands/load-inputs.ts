/** Shared by the commands: load the named inputs and report problems on stderr. */
import { describeProblem, loadArticles } from '../corpus/load.js';
import type { Article } from '../facts.js';
import { EXIT, UserError, type Io } from '../util/io.js';

export interface Inputs {
  articles: Article[];
  /** EXIT.ok, or EXIT.someSkipped when some inputs were reported and skipped. */
  exitCode: number;
}

export function loadInputs(paths: readonly string[], io: Io): Inputs {
  const { articles, problems } = loadArticles(paths);
  for (const p of problems) io.stderr.write(`eternaut-quiz: ${describeProblem(p)}\n`);
  for (const a of articles) for (const w of a.warnings) io.stderr.write(`eternaut-quiz: ${a.file}: ${w}\n`);
  if (articles.length === 0) throw new UserError('no article could be loaded', EXIT.noArticles);
  return { articles, exitCode: problems.length ? EXIT.someSkipped : EXIT.ok };
}
