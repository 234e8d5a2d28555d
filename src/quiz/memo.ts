/**
 * A function with its results kept by argument: for what recurs from question
 * to question and run to run (a name's pattern, an option's formatted form).
 * It keeps at most `limit` results; a long-running session starts over beyond.
 */
export function memo<K, T>(compute: (key: K) => T, limit = 20_000): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    if (known.size >= limit) known.clear();
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
}
