/**
 * Whether an article's text contains a name: the check that keeps a name
 * distractor from being true. It errs on the side of "mentioned": any spelling,
 * any case (but acronyms, which must match in capitals), as a whole word.
 */
const patterns = new Map<string, RegExp>();
/** Patterns kept at most; a long-running session starts over beyond this. */
const MAX_PATTERNS = 20_000;

function namePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (pattern) return pattern;
  const escaped = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‐‑ ]?');
  const acronym = /^[\p{Lu}\p{N}&.]{1,5}$/u.test(name.trim());
  pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
  if (patterns.size >= MAX_PATTERNS) patterns.clear();
  patterns.set(name, pattern);
  return pattern;
}

const sticky = new Map<string, RegExp>();

/** True when `text` contains `name` as a whole word that starts at one of `starts`. */
export function mentionsAt(text: string, name: string, starts: readonly number[]): boolean {
  if (!name.trim() || !starts.length) return false;
  let pattern = sticky.get(name);
  if (!pattern) {
    const anywhere = namePattern(name);
    if (sticky.size >= MAX_PATTERNS) sticky.clear();
    sticky.set(name, (pattern = new RegExp(anywhere.source, `${anywhere.flags}y`)));
  }
  for (const start of starts) {
    pattern.lastIndex = start;
    if (pattern.test(text)) return true;
  }
  return false;
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
