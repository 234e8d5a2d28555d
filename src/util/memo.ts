/** A function with its results kept by argument, which can be emptied. */
export interface Memo<K, T> {
  (key: K): T;
  /** Forgets every result: the next calls compute again. */
  clear(): void;
}

/**
 * A function with its results kept by argument: for what recurs from question
 * to question and run to run (a language's compiled rules, a name's pattern,
 * an option's formatted form). It keeps at most `limit` results; a
 * long-running session starts over beyond.
 */
export function memo<K, T>(compute: (key: K) => T, limit = 20_000): Memo<K, T> {
  const known = new Map<K, T>();
  const remembered = (key: K): T => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    if (known.size >= limit) known.clear();
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
  return Object.assign(remembered, { clear: () => known.clear() });
}
