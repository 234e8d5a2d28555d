/** Cheap tests that let rules skip sentences where none of their patterns can match. */

/**
 * A pattern source that matches at every position where one of `sources`
 * matches, for testing a sentence once instead of searching it with each
 * pattern. Named groups become plain groups (names may repeat across the sources).
 */
export function anyOf(sources: readonly string[]): string {
  return sources.map((s) => `(?:${s.replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:')})`).join('|');
}
