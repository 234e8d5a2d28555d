/**
 * How central each sentence of an article is: LexRank (TF-IDF cosine between
 * sentences, PageRank over the similarity graph) with a teleport biased to the
 * start of the article, since news puts its core up front. IDF weighting makes
 * function words count for little, so no stop-word list is needed per language.
 */
import type { Article, Sentence } from '../facts.js';
import { paragraphAt } from './paragraph.js';

export interface RankedSentence {
  sentence: Sentence;
  /** Position among the article's sentences. */
  index: number;
  score: number;
}

/**
 * Only the first quotable sentences are ranked: the core of a report is up front,
 * and the similarity graph grows with the square of its size.
 */
const MAX_CANDIDATES = 150;
const MIN_WORDS = 6;
const MAX_WORDS = 70;
const DAMPING = 0.85;
const ITERATIONS = 50;

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\d]*/gu) ?? [];
}

/** A crude stem: inflected forms of one word ("effekt", "effekter") share their first letters. */
const stem = (w: string) => w.slice(0, 6);

const STATEMENT_END = /[.!…]["”»’')]*$/u;
/** A paragraph of running text ends in punctuation; a caption or credit does not. */
const PARAGRAPH_END = /[.!?…:;]["”»’')]*$/u;

/**
 * A sentence worth quoting: a whole statement of reasonable length, not a
 * headline, byline, question to the reader or lead-in ending in a colon, and
 * not in a caption (a paragraph that ends without punctuation, like
 * "… Picture credit: AP").
 */
export function isQuotable(body: string, sentence: Sentence): boolean {
  const n = words(sentence.text).length;
  if (n < MIN_WORDS || n > MAX_WORDS) return false;
  if (sentence.text.includes('|')) return false;
  const paragraph = paragraphAt(body, sentence.start);
  return STATEMENT_END.test(sentence.text) && PARAGRAPH_END.test(body.slice(paragraph.start, paragraph.end).trim());
}

/** Cosine similarity of two TF-IDF vectors. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export interface Ranking {
  /** The quotable sentences, most central first. */
  ranked: RankedSentence[];
  /** Similarity of two ranked sentences, by their article index. */
  similarity(i: number, j: number): number;
}

export function rankSentences(article: Article): Ranking {
  const candidates = article.sentences
    .map((sentence, index) => ({ sentence, index }))
    .filter((c) => isQuotable(article.body, c.sentence))
    .slice(0, MAX_CANDIDATES);
  const n = candidates.length;
  const tokens = candidates.map((c) => words(c.sentence.text).map(stem));
  const df = new Map<string, number>();
  for (const t of tokens) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = tokens.map((t) => {
    const v = new Map<string, number>();
    for (const w of t) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, tf * Math.log((n + 1) / df.get(w)!));
    return v;
  });
  const sim = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  // Teleport to earlier sentences more often: the lead-based baseline as a prior.
  const prior = candidates.map((_, i) => 1 / (i + 1));
  const priorSum = prior.reduce((s, p) => s + p, 0);
  const teleport = prior.map((p) => p / priorSum);
  const rowSums = sim.map((row) => row.reduce((s, x) => s + x, 0));
  let score = teleport.slice();
  for (let it = 0; it < ITERATIONS; it++) {
    const next = teleport.map((t) => (1 - DAMPING) * t);
    for (let i = 0; i < n; i++) {
      // A sentence like no other passes its weight back through the teleport.
      if (rowSums[i] === 0) {
        for (let j = 0; j < n; j++) next[j]! += DAMPING * score[i]! * teleport[j]!;
        continue;
      }
      for (let j = 0; j < n; j++) next[j]! += (DAMPING * score[i]! * sim[i]![j]!) / rowSums[i]!;
    }
    score = next;
  }
  const position = new Map(candidates.map((c, i) => [c.index, i]));
  const ranked = candidates
    .map((c, i) => ({ ...c, score: score[i]! }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return {
    ranked,
    similarity: (i, j) => {
      const a = position.get(i);
      const b = position.get(j);
      return a === undefined || b === undefined ? 0 : sim[a]![b]!;
    },
  };
}
