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
 * "… Picture credit: AP"). `n` is the number of its words.
 */
function quotable(body: string, sentence: Sentence, n: number): boolean {
  if (n < MIN_WORDS || n > MAX_WORDS) return false;
  if (sentence.text.includes('|')) return false;
  const paragraph = paragraphAt(body, sentence.start);
  return STATEMENT_END.test(sentence.text) && PARAGRAPH_END.test(body.slice(paragraph.start, paragraph.end).trim());
}

export interface Ranking {
  /** The quotable sentences, most central first. */
  ranked: RankedSentence[];
  /** Similarity of two ranked sentences, by their article index. */
  similarity(i: number, j: number): number;
}

/**
 * A sentence as a TF-IDF vector: term ids and weights in the order the terms
 * first occur, and the sum of the squared weights in that order.
 */
interface Vector {
  ids: number[];
  weights: number[];
  norm: number;
}

/** The vectors of sentences given as their words. */
function vectorsOf(sentences: ReadonlyArray<readonly string[]>): { vectors: Vector[]; terms: number } {
  const n = sentences.length;
  const idOf = new Map<string, number>();
  /** Per term: in how many sentences it occurs, the last sentence it occurred in and its place among that sentence's terms. */
  const df: number[] = [];
  const lastIn: number[] = [];
  const place: number[] = [];
  const counted = sentences.map((sentenceWords, s) => {
    const ids: number[] = [];
    const tf: number[] = [];
    for (const w of sentenceWords) {
      const term = stem(w);
      let id = idOf.get(term);
      if (id === undefined) {
        id = df.length;
        idOf.set(term, id);
        df.push(0);
        lastIn.push(-1);
        place.push(0);
      }
      if (lastIn[id] === s) tf[place[id]!]!++;
      else {
        lastIn[id] = s;
        place[id] = ids.length;
        ids.push(id);
        tf.push(1);
        df[id]!++;
      }
    }
    return { ids, tf };
  });
  const vectors = counted.map(({ ids, tf }) => {
    const weights = ids.map((id, k) => tf[k]! * Math.log((n + 1) / df[id]!));
    let norm = 0;
    for (const v of weights) norm += v * v;
    return { ids, weights, norm };
  });
  return { vectors, terms: df.length };
}

/**
 * The cosine similarity of every pair of vectors, row by row in a flat array
 * (0 on the diagonal). Each dot product runs over the terms of the row's
 * sentence, in their order, against the column's sentence spread out by term.
 */
function similarities({ vectors, terms }: { vectors: readonly Vector[]; terms: number }): Float64Array {
  const n = vectors.length;
  const sim = new Float64Array(n * n);
  const column = new Float64Array(terms);
  for (let j = 0; j < n; j++) {
    const b = vectors[j]!;
    b.ids.forEach((id, k) => (column[id] = b.weights[k]!));
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      const a = vectors[i]!;
      let dot = 0;
      for (let k = 0; k < a.ids.length; k++) dot += a.weights[k]! * column[a.ids[k]!]!;
      sim[i * n + j] = a.norm && b.norm ? dot / Math.sqrt(a.norm * b.norm) : 0;
    }
    for (const id of b.ids) column[id] = 0;
  }
  return sim;
}

export function rankSentences(article: Article): Ranking {
  const candidates: Array<{ sentence: Sentence; index: number; words: string[] }> = [];
  for (const [index, sentence] of article.sentences.entries()) {
    if (candidates.length === MAX_CANDIDATES) break;
    const sentenceWords = words(sentence.text);
    if (quotable(article.body, sentence, sentenceWords.length)) candidates.push({ sentence, index, words: sentenceWords });
  }
  const n = candidates.length;
  const sim = similarities(vectorsOf(candidates.map((c) => c.words)));
  // Teleport to earlier sentences more often: the lead-based baseline as a prior.
  const prior = candidates.map((_, i) => 1 / (i + 1));
  const priorSum = prior.reduce((s, p) => s + p, 0);
  const teleport = prior.map((p) => p / priorSum);
  const rowSums = teleport.map((_, i) => {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += sim[i * n + j]!;
    return sum;
  });
  let score = teleport.slice();
  for (let it = 0; it < ITERATIONS; it++) {
    const next = teleport.map((t) => (1 - DAMPING) * t);
    for (let i = 0; i < n; i++) {
      const weight = DAMPING * score[i]!;
      // A sentence like no other passes its weight back through the teleport.
      if (rowSums[i] === 0) {
        for (let j = 0; j < n; j++) next[j]! += weight * teleport[j]!;
        continue;
      }
      const sum = rowSums[i]!;
      for (let j = 0; j < n; j++) next[j]! += (weight * sim[i * n + j]!) / sum;
    }
    score = next;
  }
  const position = new Map(candidates.map((c, i) => [c.index, i]));
  const ranked = candidates
    .map(({ sentence, index }, i) => ({ sentence, index, score: score[i]! }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return {
    ranked,
    similarity: (i, j) => {
      const a = position.get(i);
      const b = position.get(j);
      return a === undefined || b === undefined ? 0 : sim[a * n + b]!;
    },
  };
}
