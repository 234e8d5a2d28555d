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
 * ("Jean-Luc" matches "JeanLuc"), so a match starts with the first word or
 * with it joined to the next ones. A text with a letter or digit outside that
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

/** What the index knows of a name. */
interface NameWords {
  /** Words any text the name matches holds. */
  required: string[];
  /**
   * The words a match may start with, when the name starts with a word: that
   * word, and where hyphens join it to the next ones, each longer word the text
   * may write without them ("Goya-Akademie": "goya" or "goyaakademie").
   */
  starts: string[];
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
  if (!trimmed || otherLetters(trimmed)) return undefined;
  const out: NameWords = { required: [], starts: [] };
  let joined: string | undefined;
  let end = 0;
  for (const m of trimmed.matchAll(WORD)) {
    const word = wordKey(m[0]);
    // The words at the start, as long as only hyphens (which the pattern may leave out) stand between them.
    if (m.index === 0 || (joined !== undefined && /^-+$/.test(trimmed.slice(end, m.index)))) {
      joined = (joined ?? '') + word;
      out.starts.push(joined);
    } else joined = undefined;
    end = m.index + m[0].length;
    if (trimmed[m.index - 1] !== '-' && trimmed[end] !== '-') out.required.push(word);
  }
  return out.required.length || out.starts.length ? out : undefined;
}

/**
 * The Latin letters whose lower case is not one Latin letter ("İ" becomes two
 * characters, "Ɓ" becomes IPA "ɓ"): a text without them can be put in lower
 * case as a whole, keeping every offset and word.
 */
const UNSTABLE = (() => {
  const latin = new RegExp(`^[${LATIN}]$`, 'u');
  const chars = Array.from({ length: 0x250 }, (_, cp) => String.fromCodePoint(cp));
  return new RegExp(`[${chars.filter((c) => latin.test(c) && !latin.test(c.toLowerCase())).join('')}]`, 'u');
})();

/** A text as the index reads it. */
interface Indexed {
  /** Its words, by key. */
  words: ReadonlySet<string>;
  /** The text with every word replaced by its key, where that keeps every offset. */
  keyed?: string;
}

function indexed(text: string): Indexed {
  if (UNSTABLE.test(text)) return { words: new Set((text.match(WORD) ?? []).map(wordKey)) };
  const keyed = text.toLowerCase().replaceAll('ſ', 's');
  return { words: new Set(keyed.match(WORD)), keyed };
}

/** The offsets where `word` occurs in `text`. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

export class MentionIndex {
  private readonly texts: readonly string[];
  /** Per text: its words, or undefined when it has letters outside the indexed range (checked for every name). */
  private readonly index: ReadonlyArray<Indexed | undefined>;
  private readonly unindexed: number[];
  /** Per word: the texts that hold it, in order (made on first use). */
  private holders: Map<string, number[]> | undefined;

  constructor(texts: readonly string[]) {
    this.texts = texts;
    this.index = texts.map((text) => (otherLetters(text) ? undefined : indexed(text)));
    this.unindexed = this.index.flatMap((w, i) => (w ? [] : [i]));
  }

  /** Whether text `i` may mention `name` (it holds the required words). */
  private mayMention(i: number, name: string): boolean {
    const words = this.index[i]?.words;
    const known = nameWords(name);
    if (!words || !known) return true;
    return known.required.every((w) => words.has(w)) && (!known.starts.length || known.starts.some((w) => words.has(w)));
  }

  /**
   * Whether text `i` mentions `name`: where the name starts with a word, the
   * pattern is tried only where that word occurs (a match starts at such a word).
   */
  private confirm(i: number, name: string): boolean {
    const keyed = this.index[i]?.keyed;
    const starts = nameWords(name)?.starts;
    if (keyed === undefined || !starts?.length) return mentions(this.texts[i]!, name);
    return mentionsAt(this.texts[i]!, name, starts.flatMap((w) => occurrences(keyed, w)));
  }

  /** The texts that may mention `name`, in order; undefined when it must be checked in all. */
  private candidates(name: string): number[] | undefined {
    const known = nameWords(name);
    if (!known) return undefined;
    if (!this.holders) {
      const holders = new Map<string, number[]>();
      this.index.forEach((text, i) => {
        for (const w of text?.words ?? []) {
          const list = holders.get(w);
          if (list) list.push(i);
          else holders.set(w, [i]);
        }
      });
      this.holders = holders;
    }
    const holding = (w: string) => this.holders!.get(w) ?? [];
    const some = known.required.length
      ? known.required.map(holding).reduce((a, b) => (b.length < a.length ? b : a))
      : [...new Set(known.starts.flatMap(holding))];
    return [...some.filter((i) => this.mayMention(i, name)), ...this.unindexed];
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
