/**
 * How central each sentence of an article is: LexRank (TF-IDF cosine between
 * sentences, PageRank over the similarity graph) with a teleport biased to the
 * start of the article, since news puts its core up front. IDF weighting makes
 * function words count for little, so no stop-word list is needed per language.
 */
import type { Article, Sentence } from '../facts.js';
import { paragraphAt, type TextRange } from './paragraph.js';
import { TermIds, termsOf } from './terms.js';
import { Workspace } from './workspace.js';

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

/** The work arrays and stems of the ranking under way. */
const work = new Workspace();
const stems = new TermIds();

const STATEMENT_END = /[.!…]["”»’')]*$/u;
/** A paragraph of running text ends in punctuation; a caption or credit does not. */
const PARAGRAPH_END = /[.!?…:;]["”»’')]*$/u;

/**
 * A sentence worth quoting (given a reasonable number of words, MIN_WORDS to
 * MAX_WORDS): a whole statement, not a headline, byline, question to the
 * reader or lead-in ending in a colon, and not in a caption (a paragraph that
 * ends without punctuation, like "… Picture credit: AP").
 */
function wholeStatement(sentence: Sentence, runningText: (pos: number) => boolean): boolean {
  return !sentence.text.includes('|') && STATEMENT_END.test(sentence.text) && runningText(sentence.start);
}

/**
 * Whether the paragraph of `body` around an offset is running text; asked in
 * text order, it is worked out once per paragraph.
 */
function runningTextOf(body: string): (pos: number) => boolean {
  let paragraph: TextRange = { start: 0, end: -1 };
  let running = false;
  return (pos) => {
    if (pos < paragraph.start || pos >= paragraph.end) {
      paragraph = paragraphAt(body, pos);
      running = PARAGRAPH_END.test(body.slice(paragraph.start, paragraph.end).trim());
    }
    return running;
  };
}

interface Candidate {
  sentence: Sentence;
  index: number;
  terms: number[];
}

export interface Ranking {
  /** The quotable sentences, most central first. */
  ranked: RankedSentence[];
  /** Similarity of two ranked sentences, by their article index. */
  similarity(i: number, j: number): number;
}

/**
 * The candidates as TF-IDF vectors, flat: sentence s has the entries
 * offsets[s] to offsets[s + 1] of `ids` and `weights`, its terms in the order
 * they first occur in it, and norms[s], the sum of their squared weights in
 * that order. All weights are positive.
 */
interface Vectors {
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  norms: Float64Array;
  /** Per term id (of the article's, whether in a candidate or not): in how many candidates it occurs. */
  df: Int32Array;
}

/** The vectors of sentences given as the term ids of their words. */
function vectorsOf(sentences: ReadonlyArray<readonly number[]>, terms: number): Vectors {
  const n = sentences.length;
  const offsets = work.ints(n + 1);
  const ids = work.ints(sentences.reduce((sum, s) => sum + s.length, 0));
  const weights = work.floats(ids.length);
  const df = work.ints(terms);
  /** Per term: its entry in the last sentence it occurred in (-1 before any). */
  const entry = work.ints(terms).fill(-1);
  let count = 0;
  sentences.forEach((sentenceTerms, s) => {
    offsets[s] = count;
    for (const id of sentenceTerms) {
      if (entry[id]! >= offsets[s]!) weights[entry[id]!]!++;
      else {
        entry[id] = count;
        ids[count] = id;
        weights[count++] = 1;
        df[id]!++;
      }
    }
  });
  offsets[n] = count;
  // The weights so far are the term frequencies. Each term's IDF is computed once (never 0: df <= n).
  const idf = work.floats(terms);
  const norms = work.floats(n);
  for (let s = 0; s < n; s++) {
    let norm = 0;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      const id = ids[k]!;
      if (idf[id] === 0) idf[id] = Math.log((n + 1) / df[id]!);
      const w = (weights[k] = weights[k]! * idf[id]!);
      norm += w * w;
    }
    norms[s] = norm;
  }
  return { offsets, ids, weights, norms, df };
}

/**
 * Per term, the entries of the sentences it occurs in, in sentence order:
 * those of term t are entries[starts[t]] to entries[starts[t + 1] - 1].
 */
function postingsOf({ offsets, ids, df }: Vectors): { starts: Int32Array; entries: Int32Array } {
  const starts = work.ints(df.length + 1);
  for (let t = 0; t < df.length; t++) starts[t + 1] = starts[t]! + df[t]!;
  const next = work.ints(df.length);
  next.set(starts.subarray(0, df.length));
  const entries = work.ints(ids.length);
  for (let k = 0; k < offsets[offsets.length - 1]!; k++) entries[next[ids[k]!]!++] = k;
  return { starts, entries };
}

/**
 * The cosine similarity of every pair of vectors, row by row in a flat array
 * (0 on the diagonal). Each dot product adds up the products of the terms the
 * two sentences share, in the order of the row's sentence: the terms they do
 * not share would only add zeros.
 */
function similarities(vectors: Vectors): Float64Array {
  const { offsets, weights, norms, ids } = vectors;
  const n = norms.length;
  const { starts, entries } = postingsOf(vectors);
  const sentenceOf = work.ints(ids.length);
  for (let s = 0; s < n; s++) sentenceOf.fill(s, offsets[s], offsets[s + 1]);
  // Not from the workspace: it outlives the ranking, the quotes compare sentences by it.
  const sim = new Float64Array(n * n);
  const dot = work.floats(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const id = ids[k]!;
      for (let p = starts[id]!; p < starts[id + 1]!; p++) {
        const other = entries[p]!;
        dot[sentenceOf[other]!]! += weights[k]! * weights[other]!;
      }
    }
    for (let j = 0; j < n; j++) {
      if (j !== i) sim[i * n + j] = norms[i] && norms[j] ? dot[j]! / Math.sqrt(norms[i]! * norms[j]!) : 0;
      dot[j] = 0;
    }
  }
  return sim;
}

/** The quotable sentences among the first ones of `article`, with the term ids of their words. */
function candidatesOf(article: Article, ids: TermIds): Candidate[] {
  const candidates: Candidate[] = [];
  const runningText = runningTextOf(article.body);
  for (const [index, sentence] of article.sentences.entries()) {
    if (candidates.length === MAX_CANDIDATES) break;
    if (!wholeStatement(sentence, runningText)) continue;
    const terms = termsOf(sentence.text, ids);
    if (terms.length >= MIN_WORDS && terms.length <= MAX_WORDS) candidates.push({ sentence, index, terms });
  }
  return candidates;
}

/** The teleport distribution: earlier sentences more often, the lead-based baseline as a prior. */
function teleportOf(n: number): Float64Array {
  let priorSum = 0;
  for (let i = 0; i < n; i++) priorSum += 1 / (i + 1);
  const teleport = work.floats(n);
  for (let i = 0; i < n; i++) teleport[i] = 1 / (i + 1) / priorSum;
  return teleport;
}

function sameScores(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * next[j] += (weight * sim[row + j]) / sum for every j, four at a time: the
 * innermost loop of the ranking, and V8 does not unroll loops. Each element
 * gets the very same operations.
 */
function addRow(next: Float64Array, sim: Float64Array, row: number, weight: number, sum: number): void {
  const n = next.length;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    next[j]! += (weight * sim[row + j]!) / sum;
    next[j + 1]! += (weight * sim[row + j + 1]!) / sum;
    next[j + 2]! += (weight * sim[row + j + 2]!) / sum;
    next[j + 3]! += (weight * sim[row + j + 3]!) / sum;
  }
  for (; j < n; j++) next[j]! += (weight * sim[row + j]!) / sum;
}

/**
 * PageRank over the similarity graph of `n` sentences: ITERATIONS steps, or
 * fewer when a step changes no score at all, since every further step would
 * then give the very same scores.
 */
function pageRank(sim: Float64Array, n: number): Float64Array {
  const teleport = teleportOf(n);
  const rowSums = work.floats(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += sim[i * n + j]!;
    rowSums[i] = sum;
  }
  let score = work.floats(n);
  score.set(teleport);
  let next = work.floats(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let j = 0; j < n; j++) next[j] = (1 - DAMPING) * teleport[j]!;
    for (let i = 0; i < n; i++) {
      const weight = DAMPING * score[i]!;
      const sum = rowSums[i]!;
      // A sentence like no other passes its weight back through the teleport.
      if (sum === 0) {
        for (let j = 0; j < n; j++) next[j]! += weight * teleport[j]!;
        continue;
      }
      addRow(next, sim, i * n, weight, sum);
    }
    const settled = sameScores(next, score);
    [score, next] = [next, score];
    if (settled) break;
  }
  return score;
}

export function rankSentences(article: Article): Ranking {
  work.reset();
  stems.clear();
  const candidates = candidatesOf(article, stems);
  const n = candidates.length;
  const sim = similarities(vectorsOf(candidates.map((c) => c.terms), stems.size));
  const score = pageRank(sim, n);
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
