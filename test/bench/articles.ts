/**
 * Articles for the scale benchmark: the bundled corpus and the hand-written
 * test articles (six languages), without their headers, each copy with its
 * numbers changed so that no two files are the same text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundledCorpusDir, packageRoot } from '../../src/corpus/paths.js';

const root = packageRoot();

function sources(): string[] {
  const corpus = fs.readdirSync(bundledCorpusDir()).map((f) => path.join(bundledCorpusDir(), f));
  const fixtures = fs.readdirSync(path.join(root, 'test/fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'test/fixtures/articles', f));
  return [...corpus, ...fixtures].sort().map((f) => withoutHeader(fs.readFileSync(f, 'utf8')));
}

/** The text below a `---` header: copies are headerless files, as users add them (language detected, title from the first line). */
const withoutHeader = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

/** Copy `k` of a text: every digit shifted by k (mod 10) — the same shapes of numbers, other values. */
const variant = (text: string, k: number) => (k === 0 ? text : text.replace(/\d/g, (d) => String((Number(d) + k) % 10)));

/** Writes `n` article files into `dir` (created) and returns the folder. */
export function writeArticles(dir: string, n: number): string {
  fs.mkdirSync(dir, { recursive: true });
  const texts = sources();
  for (let i = 0; i < n; i++) {
    const text = variant(texts[i % texts.length]!, Math.floor(i / texts.length) % 10);
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
  return dir;
}
