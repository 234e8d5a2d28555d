/** How questions and explanations name an article: its title (shortened) and outlet or file. */
import path from 'node:path';
import type { Article, Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';

const MAX_TITLE = 56;

function shorten(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = flat.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}

function where(article: Article): string {
  return article.outlet ?? path.basename(article.file);
}

/**
 * “Netflix confirms generative AI for final VFX…” (CineD): the title in the quiz
 * language's quotation marks, then the outlet, else the file. When another of
 * `all` would read the same, the file is given as well.
 */
export function articleLabel(article: Article, lang: Lang, all: readonly Article[] = []): string {
  const clash = all.some((other) => other !== article && other.file !== article.file && shorten(other.title) === shorten(article.title) && where(other) === where(article));
  return label(article, shorten(article.title), lang, clash);
}

function label(article: Article, short: string, lang: Lang, clash: boolean): string {
  const title = catalog(lang).quiz.quote(short);
  return clash ? `${title} (${where(article)}, ${article.file})` : `${title} (${where(article)})`;
}

/** The label of each of `articles` by file, as articleLabel gives it with all of them, in one pass. */
export function articleLabels(articles: readonly Article[], lang: Lang): Map<string, string> {
  const files = new Map<string, Set<string>>();
  const shortened = articles.map((a) => shorten(a.title));
  const keys = articles.map((a, i) => JSON.stringify([shortened[i], where(a)]));
  articles.forEach((a, i) => files.set(keys[i]!, (files.get(keys[i]!) ?? new Set()).add(a.file)));
  return new Map(articles.map((a, i) => [a.file, label(a, shortened[i]!, lang, files.get(keys[i]!)!.size > 1)]));
}
