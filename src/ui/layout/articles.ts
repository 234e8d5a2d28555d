/** How the screens name an article: as the questions do, plus its language in the reader's language. */
import type { Article, Lang } from '../../facts.js';
import { languageName } from '../../i18n/catalog.js';
import { articleLabels } from '../../quiz/article-label.js';

export interface ArticleNamer {
  byFile(file: string): Article | undefined;
  /** “Title” (outlet), as the questions name it; the file when the article is unknown. */
  label(file: string): string;
  /** The article's language, named in the reader's language. */
  language(file: string): string | undefined;
}

export function articleNamer(articles: readonly Article[], lang: Lang): ArticleNamer {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  let labels: Map<string, string> | undefined;
  return {
    byFile: (file) => byFile.get(file),
    // All labels in one pass, on the first one asked for.
    label: (file) => (labels ??= articleLabels(articles, lang)).get(file) ?? file,
    language: (file) => {
      const a = byFile.get(file);
      return a ? languageName(a.language, lang) : undefined;
    },
  };
}
