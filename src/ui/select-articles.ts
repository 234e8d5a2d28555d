/** --articles: which of the loaded articles the lesson uses. */
import path from 'node:path';
import type { Article } from '../facts.js';
import { EXIT, UserError } from '../util/io.js';

/**
 * A comma-separated list; each entry is an article's number in load order
 * (1-based, no leading zero), its id, its file name (with or without
 * extension), or a prefix of its id that only one article has ("002").
 */
export function selectArticles(articles: readonly Article[], spec: string): Article[] {
  const chosen = new Set<Article>();
  for (const raw of spec.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const match = findArticle(articles, entry);
    if (!match) {
      const known = articles.map((a, i) => `${i + 1} ${a.id}`).join(', ');
      throw new UserError(`--articles: no article "${entry}" (${known})`, EXIT.usage);
    }
    chosen.add(match);
  }
  if (!chosen.size) throw new UserError('--articles: name at least one article', EXIT.usage);
  return articles.filter((a) => chosen.has(a));
}

function findArticle(articles: readonly Article[], entry: string): Article | undefined {
  if (/^[1-9]\d*$/.test(entry)) return articles[Number(entry) - 1];
  const exact = articles.find((a) => a.id === entry || a.file === entry || path.basename(a.file) === entry || path.basename(a.file).replace(/\.[^.]+$/, '') === entry);
  if (exact) return exact;
  const prefixed = articles.filter((a) => a.id.startsWith(entry));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
