/**
 * Whether and how much colour to use. chalk (and so Ink) reads FORCE_COLOR
 * but ignores NO_COLOR, so the lesson decides here which colours it asks for.
 *
 * FORCE_COLOR wins when set (as in Node itself): "0"/"false" turn colour off,
 * "1"–"3" (or an empty value, "true") force that level. Otherwise a non-empty
 * NO_COLOR turns colour off (https://no-color.org), as do a stream that is not
 * a terminal and TERM=dumb.
 */
export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): ColorLevel {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number.parseInt(force, 10);
    return Number.isNaN(n) ? 1 : (Math.max(0, Math.min(3, n)) as ColorLevel);
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}
