/**
 * Cheap tests that let rules skip sentences where none of their patterns can
 * match. A gate may match where the rules do not (it only saves work), never
 * the other way round.
 */

/** Named groups become plain groups (names may repeat across patterns joined into one). */
const unnamed = (source: string) => source.replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:');

/**
 * A pattern source that matches at every position where one of `sources`
 * matches, for testing a sentence once instead of searching it with each pattern.
 */
export function anyOf(sources: readonly string[]): string {
  return sources.map((s) => `(?:${unnamed(s)})`).join('|');
}

/**
 * Not after an ASCII letter: before a match of a pattern that starts a word
 * (not after any letter), a cheap start for a gate of such patterns.
 */
const AFTER_NO_ASCII_LETTER = '(?<![a-zA-Z])';

/**
 * A gate for patterns whose matches start a word (not after a letter): their
 * loose forms, not after an ASCII letter. Cheap to compile, so a rule that
 * never gets past its gate is never compiled either.
 */
export function wordGate(sources: readonly string[], flags: string): RegExp {
  return new RegExp(`${AFTER_NO_ASCII_LETTER}(?:${anyOf(sources.map(loosened))})`, flags);
}

/**
 * A looser form of a pattern source (for the u flag) that matches every text
 * the pattern matches somewhere in: lookarounds are dropped, and Unicode
 * property classes (slow to compile and run with the i flag) become "any
 * character but white space" (letters, digits and marks are never white space);
 * a negated class with one matches any character.
 */
export function loosened(source: string): string {
  let out = '';
  let i = 0;
  const property = (at: number) => /^\\[pP]\{[^}]*\}/.exec(source.slice(at))?.[0];
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const p = property(i);
      if (p) {
        out += p[1] === 'p' ? '\\S' : '[\\s\\S]';
        i += p.length;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
    } else if (c === '[') {
      const end = classEnd(source, i);
      const body = source.slice(i + 1, end);
      if (body.startsWith('^') && /\\[pP]\{/.test(body)) out += '[\\s\\S]';
      else out += `[${body.replace(/\\\\|\\[pP]\{[^}]*\}/g, (m) => (m === '\\\\' ? m : m[1] === 'p' ? '\\S' : '\\s\\S'))}]`;
      i = end + 1;
    } else if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      i = groupEnd(source, i) + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index of the `]` that closes the class opening at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  throw new Error(`unclosed class in ${source}`);
}

/** The index of the `)` that closes the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`unclosed group in ${source}`);
}
