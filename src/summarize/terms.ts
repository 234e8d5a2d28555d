/**
 * The terms LexRank compares sentences by: each word (a letter, then letters
 * and digits 0–9, in lower case) cut to a crude stem, as an integer id that is
 * the same for the same stem throughout one article. Scanned by hand rather
 * than matched with /\p{L}[\p{L}\d]*\/gu: ranking reads every sentence, and
 * this avoids an array of word strings per sentence.
 */
import { isDigit, letterAt } from '../text/chars.js';

/** A crude stem: inflected forms of one word ("effekt", "effekter") share their first letters. */
const STEM_LENGTH = 6;

/** Slots of a fresh table (a power of two): enough for the stems of most articles. */
const FIRST_CAPACITY = 1024;

/**
 * Per article: the id of each stem, numbered as first met. A stem of code
 * units below 256 (nearly every stem in the six languages) is found by those
 * units packed into two integers, three bytes each, without making a string of
 * it (units of letters and digits are never 0, so the packing is one-to-one);
 * any other stem by its text. Cleared for the next article, it keeps its table.
 */
export class TermIds {
  /** How many ids there are. */
  size = 0;
  private capacity = FIRST_CAPACITY;
  /**
   * Open addressing, four numbers per slot: the packed stem (first three
   * units, last three), its id, and the round it was filled in; a slot filled
   * before the last clear() is empty.
   */
  private slots = new Int32Array(4 * FIRST_CAPACITY);
  private round = 1;
  private packed = 0;
  private readonly others = new Map<string, number>();

  /** Forgets every stem. */
  clear(): void {
    this.round++;
    this.size = 0;
    this.packed = 0;
    this.others.clear();
  }

  /** The id of the stem text.slice(start, end), at most STEM_LENGTH units. */
  idOf(text: string, start: number, end: number): number {
    let first = 0;
    let last = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c > 0xff) return this.otherId(text.slice(start, end));
      if (k - start < 3) first |= c << (8 * (k - start));
      else last |= c << (8 * (k - start - 3));
    }
    const slot = this.slotOf(first, last);
    if (this.slots[slot + 3] === this.round) return this.slots[slot + 2]!;
    this.fill(slot, first, last, this.size);
    if (++this.packed * 2 > this.capacity) this.grow();
    return this.size++;
  }

  private otherId(stem: string): number {
    let id = this.others.get(stem);
    if (id === undefined) this.others.set(stem, (id = this.size++));
    return id;
  }

  private fill(slot: number, first: number, last: number, id: number): void {
    this.slots[slot] = first;
    this.slots[slot + 1] = last;
    this.slots[slot + 2] = id;
    this.slots[slot + 3] = this.round;
  }

  /** The slot holding the packed stem, or the empty slot where it belongs. */
  private slotOf(first: number, last: number): number {
    const mask = this.capacity - 1;
    let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(last ^ 0x5bd1e995, 0x85ebca77);
    h ^= h >>> 15;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = 4 * i;
      if (this.slots[slot + 3] !== this.round || (this.slots[slot] === first && this.slots[slot + 1] === last)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(4 * this.capacity);
    for (let slot = 0; slot < old.length; slot += 4) {
      if (old[slot + 3] === this.round) this.fill(this.slotOf(old[slot]!, old[slot + 1]!), old[slot]!, old[slot + 1]!, old[slot + 2]!);
    }
  }
}

/** The term id of every word of `text`, in order; new stems get the next free id. */
export function termsOf(text: string, ids: TermIds): number[] {
  const lower = text.toLowerCase();
  const terms: number[] = [];
  const length = lower.length;
  let i = 0;
  while (i < length) {
    const width = letterAt(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < length) {
      const next = isDigit(lower.charCodeAt(i)) ? 1 : letterAt(lower, i);
      if (next === 0) break;
      i += next;
    }
    terms.push(ids.idOf(lower, start, Math.min(start + STEM_LENGTH, i)));
  }
  return terms;
}
