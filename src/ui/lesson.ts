/**
 * What the lesson shows, per reader's language, computed once each and only
 * when first asked for: summaries, questions, the comparison. The facts too
 * are extracted on first need, so the first screen is drawn before that work.
 */
import { compareArticles, type CompareView } from '../compare/index.js';
import { extractAll } from '../extract/index.js';
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

export function createLesson(articles: readonly Article[], options: LessonOptions): Lesson {
  let all: ArticleFacts[] | undefined;
  const facts = () => (all ??= extractAll(articles));
  return {
    articles: [...articles],
    summaries: cached((lang) => facts().map((a) => summarize(a, lang))),
    questions: cached((lang) => generateQuestions(facts(), lang, options.count === undefined ? { seed: options.seed } : { seed: options.seed, count: options.count })),
    compare: cached((lang) => compareArticles(facts(), lang)),
  };
}
