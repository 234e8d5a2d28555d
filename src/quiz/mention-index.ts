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
 *
 * The index keeps words by a 32-bit hash of their key, which spares making a
 * string of every word of every text: two words that share a hash only make a
 * text a candidate in vain, the pattern still decides.
 */
import { memo } from '../util/memo.js';
import { mentions, mentionsAt } from './mentions.js';
import { FNV_OFFSET, FNV_PRIME, hash32 } from './random.js';

/** Latin letters and digits; µ is left out, it matches Greek μ. */
const LATIN = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const WORD = new RegExp(`[${LATIN}]+`, 'gu');
/** A letter or digit beyond U+024F. */
const BEYOND_LATIN = /(?![\0-\u024f])[\p{L}\p{N}]/u;

/** Per UTF-16 code unit below U+0250: 1 for the characters of WORD. */
const IS_LATIN = (() => {
  const latin = new RegExp(`^[${LATIN}]$`, 'u');
  return Uint8Array.from({ length: 0x250 }, (_, c) => (latin.test(String.fromCharCode(c)) ? 1 : 0));
})();
const isLatin = (unit: number) => unit < 0x250 && IS_LATIN[unit] === 1;

/** Whether `text` has a letter or digit beyond U+024F (or µ). */
const otherLetters = (text: string) => text.includes('µ') || BEYOND_LATIN.test(text);

/** A word as the index keeps it: in lower case, the long s as "s" (they match "S"). */
const wordKey = (word: string) => word.toLowerCase().replace(/ſ/g, 's');

/** What the index knows of a name: the hashes of its words' keys. */
interface NameWords {
  /** Words any text the name matches holds. */
  required: number[];
  /**
   * The words a match may start with, when the name starts with a word: that
   * word, and where hyphens join it to the next ones, each longer word the text
   * may write without them ("Goya-Akademie": "goya" or "goyaakademie").
   */
  starts: string[];
}

/** The words of `name` as the index reads them; undefined when it cannot tell where the name may stand. */
const nameWords = memo((name: string): NameWords | undefined => {
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
    if (trimmed[m.index - 1] !== '-' && trimmed[end] !== '-') out.required.push(wordHash(word));
  }
  return out.required.length || out.starts.length ? out : undefined;
});

/** The hash of a word's key: hash32 as a signed integer, which V8 keeps unboxed (a small integer, not a heap number). */
const wordHash = (key: string) => hash32(key) | 0;

/** What stands between words. */
const SEPARATOR = 0;
/**
 * A Latin letter whose lower case is not one Latin letter ("İ" becomes two
 * characters, "Ɓ" becomes IPA "ɓ"): a text without them can be put in lower
 * case as a whole, keeping every offset and word.
 */
const UNSTABLE = 0xfffc;
/** A letter or digit beyond U+024F, or µ (see otherLetters). */
const OTHER = 0xfffd;
/** The first half of a surrogate pair: the pair tells. */
const HIGH_SURROGATE = 0xfffe;
const NOT_YET = 0xffff;
/**
 * What each UTF-16 code unit is to the index: for a Latin letter or digit, the
 * code unit of its key (its lower case, the long s as "s"), else one of the
 * marks above. The Latin range is made at once, the rest when first met.
 */
const UNIT_KEY = (() => {
  const keys = new Uint16Array(0x10000).fill(NOT_YET);
  for (let unit = 0; unit < 0x250; unit++) {
    const c = String.fromCharCode(unit);
    const lower = c.toLowerCase();
    if (c === 'µ') keys[unit] = OTHER;
    else if (!isLatin(unit)) keys[unit] = SEPARATOR;
    else keys[unit] = lower.length === 1 && isLatin(lower.charCodeAt(0)) ? wordKey(c).charCodeAt(0) : UNSTABLE;
  }
  keys.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  return keys;
})();

/** The mark of a code unit beyond U+024F, met for the first time: OTHER for a letter or digit. */
const markUnit = (unit: number) => (UNIT_KEY[unit] = otherLetters(String.fromCharCode(unit)) ? OTHER : SEPARATOR);

/** Word hashes of the text being read, kept until it is known to be indexable (reused: the index reads one text at a time). */
const pending: number[] = [];

/**
 * Reads `text` in one pass: the hash of each word's key (as wordHash gives it)
 * into `pending`, and whether the text can be indexed: not when it has a
 * letter the index cannot read ('other'), word by word when it has one that
 * changes in length in lower case ('unstable').
 */
function scan(text: string): 'indexed' | 'unstable' | 'other' {
  pending.length = 0;
  let found: 'indexed' | 'unstable' = 'indexed';
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let key = UNIT_KEY[unit]!;
    if (key !== SEPARATOR && key < UNSTABLE) {
      hash = Math.imul(hash ^ key, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (key === NOT_YET) key = markUnit(unit);
    else if (key === HIGH_SURROGATE) key = otherLetters(text.slice(i, i + 2)) ? OTHER : SEPARATOR;
    if (key === OTHER) return 'other';
    if (key === UNSTABLE) found = 'unstable';
    if (inWord) pending.push(hash);
    hash = FNV_OFFSET;
    inWord = false;
  }
  if (inWord) pending.push(hash);
  return found;
}

/** Whether the ascending list `list` holds `n`. */
function holds(list: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === n;
}

/** The union of ascending lists, ascending. */
function union(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 1) return lists[0]!.slice();
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

export class MentionIndex {
  private readonly texts: readonly string[];
  /** Per text: the text in lower case where that keeps every offset and word, else undefined. */
  private readonly keyed: ReadonlyArray<string | undefined>;
  /** Per word hash: the indexed texts that hold it, ascending. */
  private readonly holders = new Map<number, number[]>();
  /** The texts with letters outside the indexed range, ascending: checked for every name. */
  private readonly unindexed: number[] = [];
  /** Per name asked: the texts that mention it, ascending. */
  private readonly found = new Map<string, readonly number[]>();

  constructor(texts: readonly string[]) {
    this.texts = texts;
    this.keyed = texts.map((text, i) => {
      // Made first, which also flattens a text joined from parts: reading it unit by unit is then fast.
      const keyed = text.toLowerCase().replaceAll('ſ', 's');
      const read = scan(text);
      if (read === 'other') {
        this.unindexed.push(i);
        return undefined;
      }
      if (read === 'unstable') {
        // Each word is put in lower case on its own.
        for (const word of text.match(WORD) ?? []) this.add(wordHash(wordKey(word)), i);
        return undefined;
      }
      for (const hash of pending) this.add(hash, i);
      return keyed;
    });
  }

  /** Records that text `i` holds the word of `hash` (texts are added in order). */
  private add(hash: number, i: number): void {
    const list = this.holders.get(hash);
    if (!list) this.holders.set(hash, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }

  /** The texts that hold the words of `known`, ascending, the unindexed ones left out. */
  private holding(known: NameWords): number[] {
    const lists = known.required.map((h) => this.holders.get(h) ?? []).sort((a, b) => a.length - b.length);
    const starts = known.starts.map((w) => this.holders.get(wordHash(w)) ?? []);
    const [fewest, ...rest] = lists;
    if (!fewest) return union(starts);
    return fewest.filter((i) => rest.every((l) => holds(l, i)) && (!starts.length || starts.some((l) => holds(l, i))));
  }

  /**
   * Whether text `i` mentions `name`: where the name starts with a word, the
   * pattern is tried only where that word occurs (a match starts at such a word).
   */
  private confirm(i: number, name: string, starts: readonly string[]): boolean {
    const keyed = this.keyed[i];
    const text = this.texts[i]!;
    if (keyed === undefined || !starts.length) return mentions(text, name);
    for (const word of starts) {
      for (let at = keyed.indexOf(word); at >= 0; at = keyed.indexOf(word, at + 1)) {
        // After a Latin letter or digit no name can start.
        if ((at === 0 || !isLatin(keyed.charCodeAt(at - 1))) && mentionsAt(text, name, at)) return true;
      }
    }
    return false;
  }

  /** The texts that mention `name`, ascending (found once per index). */
  private mentioningOne(name: string): readonly number[] {
    let out = this.found.get(name);
    if (out) return out;
    const known = nameWords(name);
    if (!name.trim()) out = [];
    else if (!known) out = this.texts.flatMap((text, i) => (mentions(text, name) ? [i] : []));
    else {
      const candidates = this.unindexed.length ? union([this.holding(known), this.unindexed]) : this.holding(known);
      out = candidates.filter((i) => this.confirm(i, name, known.starts));
    }
    this.found.set(name, out);
    return out;
  }

  /** The positions of the texts that mention any of `names`, in order. */
  mentioning(names: readonly string[]): number[] {
    return union(names.map((n) => this.mentioningOne(n)));
  }

  /** Whether text `i` mentions any of `names`. */
  mentionsAny(i: number, names: readonly string[]): boolean {
    return names.some((n) => holds(this.mentioningOne(n), i));
  }
}
