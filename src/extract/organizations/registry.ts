/** Lookups in the table of well-known institutions, and finding them in text. */
import type { Lang } from '../../facts.js';
import { canonicalOf } from './heads.js';
import { INSTITUTIONS, type AliasSpec, type Institution, type InstitutionKind } from './institutions.js';
import { ORGANIZATION_RULES } from './rules.js';
import { escapeRegExp } from './words.js';

export interface Known {
  canonical: string;
  kind: InstitutionKind;
  institution: Institution;
}

interface AliasEntry extends AliasSpec {
  known: Known;
}

function aliasSpecs(inst: Institution): AliasSpec[] {
  const specs = (inst.aliases ?? []).map((a) => (typeof a === 'string' ? { text: a } : a));
  const extra = [inst.name, ...Object.values(inst.names ?? {})];
  for (const text of extra) if (!specs.some((s) => s.text === text)) specs.push({ text });
  return specs;
}

const BY_KEY = new Map<string, Known>();
const ALIASES = new Map<string, AliasEntry>();
for (const institution of INSTITUTIONS) {
  const known: Known = { canonical: canonicalOf(institution.name, 'en'), kind: institution.kind, institution };
  BY_KEY.set(known.canonical, known);
  for (const spec of aliasSpecs(institution)) ALIASES.set(spec.text, { ...spec, known });
}

/** The institution with this canonical key. */
export function knownByKey(canonical: string): Known | undefined {
  return BY_KEY.get(canonical);
}

/** The institution one of whose spellings is exactly `text`, in any language. */
export function knownByAlias(text: string): Known | undefined {
  return ALIASES.get(text)?.known;
}

/** The name of an institution in language `lang`. */
export function displayName(known: Known, lang: Lang): string {
  return known.institution.names?.[lang] ?? known.institution.name;
}

export interface KnownMatch {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  name: string;
  known: Known;
}

const patterns = new Map<Lang, RegExp>();
function patternFor(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (re) return re;
  const alternatives = [...ALIASES.values()]
    .filter((a) => !a.langs || a.langs.includes(lang))
    .sort((a, b) => b.text.length - a.text.length)
    .map((a) => escapeRegExp(a.text) + (a.notBefore ? `(?!${a.notBefore})` : ''));
  // A genitive ending may follow ("Netflix'", "Google’s", "NRKs"); a hyphen joins a compound ("Netflix-Chef").
  const genitive = ORGANIZATION_RULES[lang].genitiveS ? `(?:['’]s?|s)?` : `(?:['’]s?)?`;
  re = new RegExp(`(?<![\\p{L}\\p{N}@]|[\\p{L}\\p{N}][-.])(?:${alternatives.join('|')})(?=${genitive}(?![\\p{L}\\p{N}]))`, 'gu');
  patterns.set(lang, re);
  return re;
}

/** Whether `pos` is the start of `text` but for quotes, dashes and spaces. */
const atStart = (text: string, pos: number) => /^[\s"“”„«»'‘’(–—-]*$/u.test(text.slice(0, pos));

/** Every spelling of a well-known institution in `text`. */
export function knownIn(text: string, lang: Lang): KnownMatch[] {
  const out: KnownMatch[] = [];
  for (const m of text.matchAll(patternFor(lang))) {
    const alias = ALIASES.get(m[0])!;
    if (alias.notAtStart && atStart(text, m.index)) continue;
    if (alias.notAfter && new RegExp(`(?:${alias.notAfter})$`, 'u').test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], known: alias.known });
  }
  return out;
}
