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

/** An article's words, its shingle at each word, and where each shingle first occurs (up to MAX_POSITIONS times). */
interface Shingled {
  words: Word[];
  shingles: string[];
  positions: Map<string, number[]>;
}

function shingled(article: Article): Shingled {
  const ws = words(article.body);
  const shingles: string[] = [];
  const positions = new Map<string, number[]>();
  for (let i = 0; i + PASSAGE_MIN_WORDS <= ws.length; i++) {
    const key = shingle(ws, i);
    shingles.push(key);
    const list = positions.get(key);
    if (!list) positions.set(key, [i]);
    else if (list.length < MAX_POSITIONS) list.push(i);
  }
  return { words: ws, shingles, positions };
}

function passagesBetween(a: Article, sa: Shingled, b: Article, sb: Shingled): Passage[] {
  const { words: wa } = sa;
  const { words: wb } = sb;
  const found: Passage[] = [];
  sb.shingles.forEach((key, j) => {
    for (const i of sa.positions.get(key) ?? []) {
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
  });
  return found.sort((x, y) => y.words - x.words || x.a.start - y.a.start);
}

/** Every maximal run of identical words shared by `a` and `b` (at least PASSAGE_MIN_WORDS long), longest first. */
export function sharedPassages(a: Article, b: Article): Passage[] {
  return passagesBetween(a, shingled(a), b, shingled(b));
}

/**
 * The passages shared by pairs of `articles` (of one language), each article
 * read once: `pairs` gives, per article, the later articles that share at
 * least one shingle with it (in order); any other pair shares no passage.
 */
export function passageFinder(articles: readonly Article[]): {
  pairs: Map<number, number[]>;
  shared(i: number, j: number): Passage[];
} {
  const perLanguage = new Map<string, number>();
  for (const a of articles) perLanguage.set(a.language, (perLanguage.get(a.language) ?? 0) + 1);
  // An article alone in its language shares no passage.
  const prepared = articles.map((a) => (perLanguage.get(a.language)! > 1 ? shingled(a) : undefined));
  const holders = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const key of p?.positions.keys() ?? []) {
      const list = holders.get(key);
      if (list) list.push(i);
      else holders.set(key, [i]);
    }
  });
  const partners = new Map<number, Set<number>>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        if (articles[i]!.language !== articles[j]!.language) continue;
        partners.set(i, (partners.get(i) ?? new Set()).add(j));
      }
    }
  }
  return {
    pairs: new Map([...partners].map(([i, js]) => [i, [...js].sort((a, b) => a - b)])),
    // Only asked for the pairs given, whose articles are prepared.
    shared: (i, j) => passagesBetween(articles[i]!, prepared[i]!, articles[j]!, prepared[j]!),
  };
}
