/** What every question builder needs: the articles, the quiz language, labels and seeded randomness. */
import { buildSparseMatrix, type Matrix, type Row } from '../compare/matrix.js';
import type { Article, ArticleFacts, Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import type { QuizText } from '../i18n/sections/quiz.js';
import { articleLabel, articleLabels } from './article-label.js';
import { knownOrganizations, knownPeople, knownSources, type KnownName } from './known-names.js';
import { MentionIndex } from './mention-index.js';
import { randomFor, type Random } from './random.js';

export interface Context {
  lang: Lang;
  text: QuizText;
  all: readonly ArticleFacts[];
  /** Sparse: a row has cells only for the articles that state it. */
  matrix: Matrix;
  /** The matrix rows by key. */
  rows: ReadonlyMap<string, Row>;
  /** The articles that state a row's key, in the order of `all`. */
  statedBy(row: Row): readonly ArticleFacts[];
  /** Title and text of each article of `all` (at the same position), for checking names. */
  texts: MentionIndex;
  /** The label of each article of `all` (at the same position), for checking names. */
  labels: MentionIndex;
  /** The names the articles give, per kind, in order of first mention. */
  known: { organizations: readonly KnownName[]; people: readonly KnownName[]; sources: readonly KnownName[] };
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
  const files = new Set<string>();
  const all = given.filter((a) => !files.has(a.article.file) && !!files.add(a.article.file));
  const articles = all.map((a) => a.article);
  const labels = articleLabels(articles, lang);
  const matrix = buildSparseMatrix(all);
  const rows = new Map(matrix.rows.map((r) => [r.key, r]));
  const position = new Map(all.map((a, i) => [a.article.file, i]));
  const stated = new Map<string, ArticleFacts[]>();
  // A sparse row has a cell for each article that states it: their files give the articles.
  const stating = (row: Row) => Object.keys(row.cells).map((file) => position.get(file)!).sort((a, b) => a - b).map((i) => all[i]!);
  let below: 1 | 2 = randomFor(seed, 'below')() < 0.5 ? 1 : 2;
  let turn = Math.floor(randomFor(seed, 'longest')() * 4);
  return {
    lang,
    text: catalog(lang).quiz,
    all,
    matrix,
    rows,
    statedBy: (row) => {
      let list = stated.get(row.key);
      if (!list) stated.set(row.key, (list = stating(row)));
      return list;
    },
    texts: new MentionIndex(articles.map((a) => `${a.title}\n${a.body}`)),
    labels: new MentionIndex(articles.map((a) => labels.get(a.file)!)),
    known: { organizations: knownOrganizations(all, lang), people: knownPeople(all), sources: knownSources(all) },
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
