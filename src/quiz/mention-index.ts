/**
 * Which of many texts mention a name (see mentions.ts), without running the
 * name's pattern over every text: each text is indexed by its words, and the
 * pattern runs only on the texts that hold every word the name must show.
 *
 * Why that is exact: a name's pattern matches case-insensitively, only as a
 * whole word, and lets nothing but spacing and punctuation stand between its
 * words. So when a name is written in Latin letters and digits (up to U+024F,
 * where case variants are Latin too and compare in lower case), any text it
 * matches holds each of its words, in some case, as a whole word; except a
 * word next to a hyphen, which the pattern may join to its neighbour
 * ("Jean-Luc" matches "JeanLuc"). A text with a letter or digit outside that
 * range ("K", the Kelvin sign, matches "k") is always checked with the pattern.
 */
import { mentions, mentionsAt } from './mentions.js';

/** Latin letters and digits; µ is left out, it matches Greek μ. */
const LATIN = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const WORD = new RegExp(`[${LATIN}]+`, 'gu');
const BEYOND_LATIN = /[^\0-\u024f]/gu;
const LETTER = /^[\p{L}\p{N}]$/u;

/** Whether `text` has a letter or digit beyond U+024F (or µ). */
function otherLetters(text: string): boolean {
  if (text.includes('µ')) return true;
  for (const [c] of text.matchAll(BEYOND_LATIN)) if (LETTER.test(c)) return true;
  return false;
}

/** A word as the index keeps it: in lower case, the long s as "s" (they match "S"). */
const wordKey = (word: string) => word.toLowerCase().replace(/ſ/g, 's');

/** What the index knows of a name: the words a text must hold, and the one a match starts with (if it starts with one). */
interface NameWords {
  required: string[];
  first?: string;
}

const known = new Map<string, NameWords | undefined>();
/** Names kept at most; a long-running session starts over beyond this. */
const MAX_NAMES = 20_000;

/** The words of `name` as the index reads them; undefined when it cannot tell where the name may stand. */
function nameWords(name: string): NameWords | undefined {
  if (known.has(name)) return known.get(name);
  if (known.size >= MAX_NAMES) known.clear();
  const words = wordsOf(name);
  known.set(name, words);
  return words;
}

function wordsOf(name: string): NameWords | undefined {
  const trimmed = name.trim();
  if (otherLetters(trimmed)) return undefined;
  const out: NameWords = { required: [] };
  for (const m of trimmed.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (trimmed[m.index - 1] === '-' || trimmed[end] === '-') continue;
    out.required.push(wordKey(m[0]));
    if (m.index === 0) out.first = wordKey(m[0]);
  }
  return out.required.length ? out : undefined;
}

export class MentionIndex {
  private readonly texts: readonly string[];
  /** Per text: where each word starts, or undefined when it has letters outside the indexed range (checked for every name). */
  private readonly words: ReadonlyArray<ReadonlyMap<string, number[]> | undefined>;
  private readonly unindexed: number[];
  /** Per word: the texts that hold it, in order (made on first use). */
  private holders: Map<string, number[]> | undefined;

  constructor(texts: readonly string[]) {
    this.texts = texts;
    this.words = texts.map((text) => {
      if (otherLetters(text)) return undefined;
      const starts = new Map<string, number[]>();
      for (const m of text.matchAll(WORD)) {
        const key = wordKey(m[0]);
        const list = starts.get(key);
        if (list) list.push(m.index);
        else starts.set(key, [m.index]);
      }
      return starts;
    });
    this.unindexed = this.words.flatMap((w, i) => (w ? [] : [i]));
  }

  /** Whether text `i` may mention `name` (it holds the required words). */
  private mayMention(i: number, name: string): boolean {
    const words = this.words[i];
    const required = nameWords(name)?.required;
    return !words || !required || required.every((w) => words.has(w));
  }

  /** Whether text `i` mentions `name`: where the name starts with a word, tried only where that word stands. */
  private confirm(i: number, name: string): boolean {
    const words = this.words[i];
    const first = nameWords(name)?.first;
    return words && first !== undefined ? mentionsAt(this.texts[i]!, name, words.get(first) ?? []) : mentions(this.texts[i]!, name);
  }

  /** The texts that may mention `name`, in order; undefined when it must be checked in all. */
  private candidates(name: string): number[] | undefined {
    const required = nameWords(name)?.required;
    if (!required) return undefined;
    if (!this.holders) {
      const holders = new Map<string, number[]>();
      this.words.forEach((words, i) => {
        for (const w of words?.keys() ?? []) {
          const list = holders.get(w);
          if (list) list.push(i);
          else holders.set(w, [i]);
        }
      });
      this.holders = holders;
    }
    const rarest = required.map((w) => this.holders!.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    return [...rarest.filter((i) => this.mayMention(i, name)), ...this.unindexed];
  }

  /** The positions of the texts that mention any of `names`, in order. */
  mentioning(names: readonly string[]): number[] {
    const found = (i: number) => names.some((n) => this.mayMention(i, n) && this.confirm(i, n));
    const checked = new Set<number>();
    for (const name of names) {
      if (!name.trim()) continue;
      const candidates = this.candidates(name);
      if (!candidates) return this.texts.flatMap((_, i) => (found(i) ? [i] : []));
      for (const i of candidates) checked.add(i);
    }
    return [...checked].sort((a, b) => a - b).filter(found);
  }

  /** Whether text `i` mentions any of `names`. */
  mentionsAny(i: number, names: readonly string[]): boolean {
    return names.some((name) => this.mayMention(i, name) && this.confirm(i, name));
  }
}
