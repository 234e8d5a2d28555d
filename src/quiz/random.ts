/**
 * Seeded randomness: every choice of the generator draws from a stream named by
 * the seed and a key, so the same seed gives the same bank and a question's own
 * choices do not depend on which other questions exist.
 */

/** The FNV-1a start value and multiplier, 32 bits. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
export function hash32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export type Random = () => number;

/** mulberry32: a small, fast generator of floats in [0, 1). */
export function mulberry32(state: number): Random {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stream of `seed` named `key`. */
export function randomFor(seed: number, key: string): Random {
  return mulberry32(hash32(`${seed}\u0000${key}`));
}

/** A new array with the items of `items` in a random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` answer positions (0–3) where each position occurs ⌊count/4⌋ or ⌈count/4⌉
 * times: consecutive blocks of a random permutation of the four positions.
 */
export function balancedPositions(count: number, random: Random): number[] {
  const out: number[] = [];
  while (out.length < count) out.push(...shuffle([0, 1, 2, 3], random));
  return out.slice(0, count);
}
