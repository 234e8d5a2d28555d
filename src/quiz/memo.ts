/**
 * A function of a string with its results kept: for what recurs from question
 * to question and run to run (a name's pattern, an option's formatted form).
 * It keeps at most `limit` results; a long-running session starts over beyond.
 */
export function memo<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as T;
    if (known.size >= limit) known.clear();
    const computed = compute(key);
    known.set(key, computed);
    return computed;
  };
}
