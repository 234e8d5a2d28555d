/**
 * What the lesson shows, per reader's language, computed once each and only
 * when first asked for: summaries, questions, the comparison. The facts too
 * are extracted on first need, so the first screen is drawn before that work.
 */
import { compareArticles, type CompareView } from '../compare/index.js';
import { extractSteps } from '../extract/index.js';
import type { Article, ArticleFacts, Lang } from '../facts.js';
import { generateQuestions } from '../quiz/generate.js';
import type { Question } from '../quiz/types.js';
import { summarize } from '../summarize/index.js';
import type { Summary } from '../summarize/types.js';
import { memo } from '../util/memo.js';

export interface Lesson {
  articles: Article[];
  summaries(lang: Lang): Summary[];
  questions(lang: Lang): Question[];
  compare(lang: Lang): CompareView;
}

/** A lesson read from articles, which can read them ahead, a step at a time, between keystrokes. */
export interface ArticleLesson extends Lesson {
  /** Extracts the facts one dimension at a time, yielding to the event loop after each, then builds the questions of `lang`. */
  readAhead(lang: Lang): Promise<void>;
}

export interface LessonOptions {
  seed: number;
  count?: number;
  /**
   * Runs after each step of the lesson's work: each step of the extraction
   * (one dimension over all articles), and the questions, the summaries or the
   * comparison of a language once built. The interactive lesson lets go of
   * the patterns compiled for it there, and of what the work left behind, so
   * that they do not all stay in memory at once (see releaseCaches).
   */
  afterStep?: () => void;
}


export function createLesson(articles: readonly Article[], options: LessonOptions): ArticleLesson {
  let steps: Generator<void, ArticleFacts[]> | undefined;
  let read: ArticleFacts[] | undefined;
  /** Takes the extraction one step further; whether the facts are all read. */
  const step = (): boolean => {
    if (read) return true;
    steps ??= extractSteps(articles);
    let next: IteratorResult<void, ArticleFacts[]>;
    try {
      next = steps.next();
    } catch (err) {
      // A failed generator is finished: the next call starts over (and fails the same way).
      steps = undefined;
      throw err;
    }
    if (next.done) {
      read = next.value;
      return true;
    }
    options.afterStep?.();
    return false;
  };
  const facts = (): ArticleFacts[] => {
    while (!step());
    return read!;
  };
  /** `make`, then afterStep: building questions, summaries or a comparison is a step too. */
  const stepped =
    <T>(make: (lang: Lang) => T) =>
    (lang: Lang): T => {
      const made = make(lang);
      options.afterStep?.();
      return made;
    };
  const questions = memo(stepped((lang) => generateQuestions(facts(), lang, options.count === undefined ? { seed: options.seed } : { seed: options.seed, count: options.count })));
  return {
    articles: [...articles],
    summaries: memo(stepped((lang) => facts().map((a) => summarize(a, lang)))),
    questions,
    compare: memo(stepped((lang) => compareArticles(facts(), lang))),
    async readAhead(lang) {
      try {
        while (!step()) await new Promise((resolve) => setImmediate(resolve));
        questions(lang);
      } catch {
        // Reading ahead only saves time: the same error comes again when the lesson asks for these facts.
      }
    },
  };
}
