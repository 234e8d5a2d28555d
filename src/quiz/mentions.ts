/**
 * Whether an article's text contains a name: the check that keeps a name
 * distractor from being true. It errs on the side of "mentioned": any spelling,
 * any case (but acronyms, which must match in capitals), as a whole word.
 */
import { memo } from '../util/memo.js';

const namePattern = memo((name: string): RegExp => {
  const escaped = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‐‑ ]?');
  const acronym = /^[\p{Lu}\p{N}&.]{1,5}$/u.test(name.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
});

/** The pattern of a name, matching only where it is tried (sticky). */
const stickyPattern = memo((name: string): RegExp => {
  const anywhere = namePattern(name);
  return new RegExp(anywhere.source, `${anywhere.flags}y`);
});

/** True when `text` contains `name` as a whole word that starts at `start`. */
export function mentionsAt(text: string, name: string, start: number): boolean {
  if (!name.trim()) return false;
  const pattern = stickyPattern(name);
  pattern.lastIndex = start;
  return pattern.test(text);
}

/** True when `text` contains `name` as a whole word. */
export function mentions(text: string, name: string): boolean {
  return name.trim().length > 0 && namePattern(name).test(text);
}

/** True when `text` contains any of `names` as a whole word. */
export function mentionsAny(text: string, names: readonly string[]): boolean {
  return names.some((n) => mentions(text, n));
}

/** The spellings worth checking for a person: the full name and the family name. */
export function personSpellings(name: string): string[] {
  const parts = name.trim().split(/\s+/);
  const family = parts[parts.length - 1] ?? name;
  return parts.length > 1 && family.length >= 3 ? [name, family] : [name];
}
