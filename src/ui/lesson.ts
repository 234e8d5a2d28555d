/**
 * What the lesson shows, per reader's language, computed once each and only
 * when first asked for: summaries, questions, the comparison. The facts too
 * are extracted on first need, so the first screen is drawn before that work.
 */
import { compareArticles, type CompareView } from '../compare/index.js';
import { extractAll, extractFacts } from '../extract/index.js';
import type { Article, ArticleFacts, Lang } from '../facts.js';
import { generateQuestions } from '../quiz/generate.js';
import type { Question } from '../quiz/types.js';
import { summarize } from '../summarize/index.js';
import type { Summary } from '../summarize/types.js';

export interface Lesson {
  articles: Article[];
  summaries(lang: Lang): Summary[];
  questions(lang: Lang): Question[];
  compare(lang: Lang): CompareView;
}

/** A lesson read from articles, which can read them ahead, one at a time, between keystrokes. */
export interface ArticleLesson extends Lesson {
  /** Extracts the facts article by article, yielding to the event loop after each, then builds the questions of `lang`. */
  readAhead(lang: Lang): Promise<void>;
}

export interface LessonOptions {
  seed: number;
  count?: number;
}

function cached<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const cache = new Map<Lang, T>();
  return (lang) => {
    if (!cache.has(lang)) cache.set(lang, make(lang));
    return cache.get(lang)!;
  };
}

export function createLesson(articles: readonly Article[], options: LessonOptions): ArticleLesson {
  const read: (ArticleFacts | undefined)[] = articles.map(() => undefined);
  const factsOf = (i: number) => (read[i] ??= { article: articles[i]!, facts: extractFacts(articles[i]!) });
  const facts = () => {
    // The articles not read yet, extracted together (much faster than one at a time, see extractAll).
    const unread = articles.flatMap((_, i) => (read[i] ? [] : [i]));
    extractAll(unread.map((i) => articles[i]!)).forEach((f, k) => (read[unread[k]!] = f));
    return articles.map((_, i) => factsOf(i));
  };
  const questions = cached((lang) => generateQuestions(facts(), lang, options.count === undefined ? { seed: options.seed } : { seed: options.seed, count: options.count }));
  return {
    articles: [...articles],
    summaries: cached((lang) => facts().map((a) => summarize(a, lang))),
    questions,
    compare: cached((lang) => compareArticles(facts(), lang)),
    async readAhead(lang) {
      try {
        for (let i = 0; i < articles.length; i++) {
          factsOf(i);
          await new Promise((resolve) => setImmediate(resolve));
        }
        questions(lang);
      } catch {
        // Reading ahead only saves time: the same error comes again when the lesson asks for these facts.
      }
    },
  };
}
