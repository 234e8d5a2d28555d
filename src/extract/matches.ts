/** Reading every match of a pattern without the copy of it that `String.prototype.matchAll` makes on each call. */

/**
 * Every match of `re` (which must have the g flag) in `text`, in the order and
 * at the places `text.matchAll(re)` gives them; `re.lastIndex` is 0 again after.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new Error('allMatches needs a global regex');
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    // Past an empty match by one character (one code point with the u flag), as matchAll steps.
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  return found;
}

/**
 * The matches of global `re` in `text` that start where sticky, empty `guard`
 * matches: the matches of the pattern `guard` followed by `re`. A pattern that
 * starts with an assertion ("not after a letter") keeps V8 from skipping ahead
 * to where its first characters stand, and runs many times slower.
 */
export function guardedMatches(text: string, re: RegExp, guard: RegExp): RegExpExecArray[] {
  if (!re.global || !guard.sticky) throw new Error('guardedMatches needs a global regex and a sticky guard');
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (testAt(guard, text, m.index)) {
      found.push(m);
      if (m[0].length === 0) re.lastIndex = nextIndex(text, m.index, re.unicode);
    } else re.lastIndex = nextIndex(text, m.index, re.unicode);
  }
  return found;
}

/** Sticky, empty: not after a letter or digit, where a word starts; the usual guard of `guardedMatches`. */
export const AT_WORD_START = /(?<![\p{L}\p{N}])/uy;

/** The index after the character at `i` (after its code point with the u flag), as a global search steps on. */
const nextIndex = (text: string, i: number, unicode: boolean) => i + (unicode && (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** The matches of global `re` in `text` where the cheap `gate` finds something, none (without running `re`) where it does not. */
export function gatedMatches(text: string, re: RegExp, gate: RegExp): RegExpExecArray[] {
  return gate.test(text) ? allMatches(text, re) : [];
}

/** The match of sticky `re` at `pos` of `text` (as `^` on the text from `pos`, without copying it). */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Whether sticky `re` matches at `pos` of `text` (no match object made). */
export function testAt(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}
