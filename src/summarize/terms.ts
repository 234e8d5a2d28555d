/**
 * The terms LexRank compares sentences by: each word (a letter, then letters
 * and digits 0–9, in lower case) cut to a crude stem, as an integer id that is
 * the same for the same stem throughout one article. Scanned by hand rather
 * than matched with /\p{L}[\p{L}\d]*\/gu: ranking reads every sentence, and
 * this avoids an array of word strings per sentence.
 */
import { isDigit, letterAt } from './letters.js';

/** A crude stem: inflected forms of one word ("effekt", "effekter") share their first letters. */
const STEM_LENGTH = 6;

/** Slots of a fresh table (a power of two): enough for the stems of most articles. */
const FIRST_CAPACITY = 1024;

/**
 * Per article: the id of each stem, numbered as first met. A stem of code
 * units below 256 (nearly every stem in the six languages) is found by those
 * units packed into two integers, three bytes each, without making a string of
 * it (units of letters and digits are never 0, so the packing is one-to-one);
 * any other stem by its text.
 */
export class TermIds {
  /** How many ids there are. */
  size = 0;
  private capacity = FIRST_CAPACITY;
  /** Open addressing, three numbers per slot: the packed stem (first three units, last three) and its id + 1 (0: empty). */
  private slots = new Int32Array(3 * FIRST_CAPACITY);
  private packed = 0;
  private readonly others = new Map<string, number>();

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
    const found = this.slots[slot + 2]!;
    if (found !== 0) return found - 1;
    this.slots[slot] = first;
    this.slots[slot + 1] = last;
    this.slots[slot + 2] = ++this.size;
    if (++this.packed * 2 > this.capacity) this.grow();
    return this.size - 1;
  }

  private otherId(stem: string): number {
    let id = this.others.get(stem);
    if (id === undefined) this.others.set(stem, (id = this.size++));
    return id;
  }

  /** The slot holding the packed stem, or the empty slot where it belongs. */
  private slotOf(first: number, last: number): number {
    const mask = this.capacity - 1;
    let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(last ^ 0x5bd1e995, 0x85ebca77);
    h ^= h >>> 15;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = 3 * i;
      if (this.slots[slot + 2] === 0 || (this.slots[slot] === first && this.slots[slot + 1] === last)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(3 * this.capacity);
    for (let slot = 0; slot < old.length; slot += 3) {
      if (old[slot + 2] === 0) continue;
      const to = this.slotOf(old[slot]!, old[slot + 1]!);
      this.slots.set(old.subarray(slot, slot + 3), to);
    }
  }
}

/** The term id of every word of `text`, in order; new stems get the next free id. */
export function termsOf(text: string, ids: TermIds): number[] {
  const lower = text.toLowerCase();
  const terms: number[] = [];
  let i = 0;
  while (i < lower.length) {
    const width = letterAt(lower, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < lower.length) {
      const next = isDigit(lower.charCodeAt(i)) ? 1 : letterAt(lower, i);
      if (next === 0) break;
      i += next;
    }
    terms.push(ids.idOf(lower, start, Math.min(start + STEM_LENGTH, i)));
  }
  return terms;
}
