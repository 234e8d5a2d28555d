/**
 * Long identical passages between two articles: runs of at least
 * PASSAGE_MIN_WORDS consecutive words that read the same after normalizing
 * (case, Unicode form, punctuation and spacing ignored). Found with word
 * n-gram shingles in a hash map, so the work grows linearly with the text.
 */
import type { Article, Evidence } from '../facts.js';
import { sentenceAt } from '../text/sentences.js';

export const PASSAGE_MIN_WORDS = 12;
/** A shingle repeated more often than this inside one article is boilerplate and not followed further. */
const MAX_POSITIONS = 8;

interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

function words(body: string): Word[] {
  const out: Word[] = [];
  for (const m of body.matchAll(WORD)) {
    out.push({ norm: m[0].normalize('NFKC').toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface Passage {
  /** Number of identical words. */
  words: number;
  /** The passage in each article. */
  a: Evidence;
  b: Evidence;
}

/** Evidence for a passage: its text, and the sentences it spans as `sentence`. */
function passageEvidence(article: Article, start: number, end: number): Evidence {
  const first = sentenceAt(article.sentences, start);
  const last = sentenceAt(article.sentences, end - 1);
  const sentence = article.body.slice(first?.start ?? start, Math.max(last?.end ?? end, end));
  return { text: article.body.slice(start, end), sentence, start, end };
}

const shingle = (ws: readonly Word[], i: number) => ws.slice(i, i + PASSAGE_MIN_WORDS).map((w) => w.norm).join(' ');

/** Every maximal run of identical words shared by `a` and `b` (at least PASSAGE_MIN_WORDS long), longest first. */
export function sharedPassages(a: Article, b: Article): Passage[] {
  const wa = words(a.body);
  const wb = words(b.body);
  const index = new Map<string, number[]>();
  for (let i = 0; i + PASSAGE_MIN_WORDS <= wa.length; i++) {
    const key = shingle(wa, i);
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list.length < MAX_POSITIONS) list.push(i);
  }
  const found: Passage[] = [];
  for (let j = 0; j + PASSAGE_MIN_WORDS <= wb.length; j++) {
    for (const i of index.get(shingle(wb, j)) ?? []) {
      // Only maximal runs: one that extends backwards was found at its start.
      if (i > 0 && j > 0 && wa[i - 1]!.norm === wb[j - 1]!.norm) continue;
      let n = PASSAGE_MIN_WORDS;
      while (i + n < wa.length && j + n < wb.length && wa[i + n]!.norm === wb[j + n]!.norm) n++;
      found.push({
        words: n,
        a: passageEvidence(a, wa[i]!.start, wa[i + n - 1]!.end),
        b: passageEvidence(b, wb[j]!.start, wb[j + n - 1]!.end),
      });
    }
  }
  return found.sort((x, y) => y.words - x.words || x.a.start - y.a.start);
}
