/** What every question builder needs: the articles, the quiz language, labels and seeded randomness. */
import { buildMatrix, type Matrix } from '../compare/matrix.js';
import type { Article, ArticleFacts, Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import type { QuizText } from '../i18n/sections/quiz.js';
import { articleLabel } from './article-label.js';
import { randomFor, type Random } from './random.js';

export interface Context {
  lang: Lang;
  text: QuizText;
  all: readonly ArticleFacts[];
  matrix: Matrix;
  byFile: ReadonlyMap<string, ArticleFacts>;
  /** The article as questions name it. */
  label(article: Article): string;
  /** The stream of randomness of one question (by its key). */
  random(key: string): Random;
  /** How many numeric distractors go below the true value: alternates, from a seeded start. */
  nextBelow(): 1 | 2;
  /** Whether the next question's correct option may be the longest: every fourth time, from a seeded start. */
  nextLongest(): boolean;
}

export function makeContext(given: readonly ArticleFacts[], lang: Lang, seed: number): Context {
  // The matrix has one column per file: a file given twice counts once.
  const all = given.filter((a, i) => given.findIndex((b) => b.article.file === a.article.file) === i);
  const articles = all.map((a) => a.article);
  const labels = new Map(articles.map((a) => [a.file, articleLabel(a, lang, articles)]));
  let below: 1 | 2 = randomFor(seed, 'below')() < 0.5 ? 1 : 2;
  let turn = Math.floor(randomFor(seed, 'longest')() * 4);
  return {
    lang,
    text: catalog(lang).quiz,
    all,
    matrix: buildMatrix(all),
    byFile: new Map(all.map((a) => [a.article.file, a])),
    label: (article) => labels.get(article.file) ?? articleLabel(article, lang, articles),
    random: (key) => randomFor(seed, key),
    nextBelow: () => {
      const now = below;
      below = below === 1 ? 2 : 1;
      return now;
    },
    nextLongest: () => turn++ % 4 === 0,
  };
}
