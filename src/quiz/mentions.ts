/**
 * Whether an article's text contains a name: the check that keeps a name
 * distractor from being true. It errs on the side of "mentioned": any spelling,
 * any case (but acronyms, which must match in capitals), as a whole word.
 */
function namePattern(name: string): RegExp {
  const escaped = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s\u00a0]+/g, '[\\s\\u00a0]+')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‐‑ ]?');
  const acronym = /^[\p{Lu}\p{N}&.]{1,5}$/u.test(name.trim());
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
}

/** True when `text` contains any of `names` as a whole word. */
export function mentionsAny(text: string, names: readonly string[]): boolean {
  return names.some((n) => n.trim().length > 0 && namePattern(n).test(text));
}

/** The spellings worth checking for a person: the full name and the family name. */
export function personSpellings(name: string): string[] {
  const parts = name.trim().split(/\s+/);
  const family = parts[parts.length - 1] ?? name;
  return parts.length > 1 && family.length >= 3 ? [name, family] : [name];
}
