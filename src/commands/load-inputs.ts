/** Shared by the commands: load the named inputs and report problems on stderr, in the reader's language. */
import { describeProblem, describeWarnings } from '../corpus/describe.js';
import { loadArticles } from '../corpus/load.js';
import type { Article, Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { resolveLang } from '../i18n/locale.js';
import { EXIT, UserError, type Io } from '../util/io.js';

export interface Inputs {
  articles: Article[];
  /** EXIT.ok, or EXIT.someSkipped when some inputs were reported and skipped. */
  exitCode: number;
}

/** One line per input skipped and one per article with header warnings (those still load); `lang` defaults to the locale's. */
export function loadInputs(paths: readonly string[], io: Io, lang: Lang = resolveLang(undefined, io.env)): Inputs {
  const { articles, problems } = loadArticles(paths);
  for (const p of problems) io.stderr.write(`eternaut-quiz: ${describeProblem(p, lang)}\n`);
  for (const a of articles) if (a.warnings.length) io.stderr.write(`eternaut-quiz: ${describeWarnings(a.file, a.warnings, lang)}\n`);
  if (articles.length === 0) throw new UserError(catalog(lang).problems.noArticleLoaded, EXIT.noArticles);
  return { articles, exitCode: problems.length ? EXIT.someSkipped : EXIT.ok };
}
