/** Caches of compiled rules that the lesson can let go of once it no longer needs them. */
const caches = new Set<{ clear(): void }>();

/** `cache`, registered so that releaseCaches() empties it. */
export function releasable<T extends { clear(): void }>(cache: T): T {
  caches.add(cache);
  return cache;
}

/** Empties every registered cache: what is asked for later is compiled again. */
export function releaseCaches(): void {
  for (const cache of caches) cache.clear();
}
