/** Lookups in the table of well-known institutions, and finding them in text. */
import type { Lang } from '../../facts.js';
import { canonicalOf } from './heads.js';
import { INSTITUTIONS, type AliasSpec, type Institution, type InstitutionKind } from './institutions.js';
import { testAt } from '../matches.js';
import { ORGANIZATION_RULES } from './rules.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

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

interface Tables {
  byKey: Map<string, Known>;
  aliases: Map<string, AliasEntry>;
}

/** The lookup tables, built on first use: keys come from the rules of heads, which are worth not compiling at import. */
let tables: Tables | undefined;
function lookups(): Tables {
  if (tables) return tables;
  const byKey = new Map<string, Known>();
  const aliases = new Map<string, AliasEntry>();
  for (const institution of INSTITUTIONS) {
    const known: Known = { canonical: canonicalOf(institution.name, 'en'), kind: institution.kind, institution };
    byKey.set(known.canonical, known);
    for (const spec of aliasSpecs(institution)) aliases.set(spec.text, { ...spec, known });
  }
  return (tables = { byKey, aliases });
}

/** The institution with this canonical key. */
export function knownByKey(canonical: string): Known | undefined {
  return lookups().byKey.get(canonical);
}

/** The institution one of whose spellings is exactly `text`, in any language. */
export function knownByAlias(text: string): Known | undefined {
  return lookups().aliases.get(text)?.known;
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

/** A spelling as the scanner tries it: its entry, and what may not follow it. */
interface Spelling {
  entry: AliasEntry;
  notBefore: RegExp | undefined;
}

interface Scanner {
  /** The spellings of the language by their first two UTF-16 units (see `keyAt`; every spelling has two), longest first. */
  byStart: Map<number, Spelling[]>;
  /** 1 at the `pairHash` of the first two units of each spelling: positions with another pair are passed over at once. */
  pairs: Uint8Array;
  /** Sticky, empty: what may follow a spelling ("Netflix'", "Google’s", "NRKs"; a hyphen joins a compound: "Netflix-Chef"). */
  end: RegExp;
}

/** Sticky, empty: not inside a word, an e-mail address, or after "x-" or "x." ("co-op", "ver.di"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}@]|[\p{L}\p{N}][-.])/uy;

/** Two UTF-16 units as one number, the key of the spellings that start with them. */
const pairKey = (first: number, second: number) => first * 0x10000 + second;
/** The first two UTF-16 units at `pos`, as one key. */
const keyAt = (text: string, pos: number) => pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1));
/** Two UTF-16 units hashed to 16 bits: a cheap test that a pair may start a spelling, before the exact `keyAt` lookup. */
const pairHash = (first: number, second: number) => ((first << 6) ^ second) & 0xffff;

function scanner(lang: Lang): Scanner {
  const spellings = [...lookups().aliases.values()]
    .filter((a) => !a.langs || a.langs.includes(lang))
    .sort((a, b) => b.text.length - a.text.length);
  const byStart = new Map<number, Spelling[]>();
  const pairs = new Uint8Array(0x10000);
  for (const entry of spellings) {
    const key = keyAt(entry.text, 0);
    const list = byStart.get(key) ?? [];
    list.push({ entry, notBefore: entry.notBefore ? new RegExp(entry.notBefore, 'uy') : undefined });
    byStart.set(key, list);
    pairs[pairHash(entry.text.charCodeAt(0), entry.text.charCodeAt(1))] = 1;
  }
  const genitive = ORGANIZATION_RULES[lang].genitiveS ? `(?:['’]s?|s)?` : `(?:['’]s?)?`;
  return { byStart, pairs, end: new RegExp(`(?=${genitive}(?![\\p{L}\\p{N}]))`, 'uy') };
}
const scannerFor = releasable(memo(scanner));


const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a spelling may start at `pos`: not inside a word or an e-mail address, not after "x-" or "x." (the pattern decides beyond ASCII). */
function wordStartsAt(text: string, pos: number): boolean {
  const prev = text.charCodeAt(pos - 1);
  if (isAsciiWordChar(prev) || prev === 64) return false;
  if (prev === 45 || prev === 46) {
    const before = text.charCodeAt(pos - 2);
    if (isAsciiWordChar(before)) return false;
    if (!(before >= 128)) return true;
  } else if (!(prev >= 128)) return true;
  return testAt(WORD_BEFORE, text, pos);
}

/**
 * The longest spelling that stands at `pos` as a word, as one alternation of
 * all spellings (longest first) would match there.
 */
function spellingAt(scanner: Scanner, text: string, pos: number): AliasEntry | undefined {
  const list = scanner.byStart.get(keyAt(text, pos));
  if (!list || !wordStartsAt(text, pos)) return undefined;
  for (const { entry, notBefore } of list) {
    const end = pos + entry.text.length;
    if (!text.startsWith(entry.text, pos) || (notBefore && testAt(notBefore, text, end))) continue;
    if (testAt(scanner.end, text, end)) return entry;
  }
  return undefined;
}

/** Whether `pos` is the start of `text` but for quotes, dashes and spaces. */
const atStart = (text: string, pos: number) => /^[\s"“”„«»'‘’(–—-]*$/u.test(text.slice(0, pos));

const notAfterPattern = releasable(memo((source: string) => new RegExp(`(?:${source})$`, 'u')));

/** Every spelling of a well-known institution in `text`. */
export function knownIn(text: string, lang: Lang): KnownMatch[] {
  const scanner = scannerFor(lang);
  const out: KnownMatch[] = [];
  let start = nextCandidate(scanner, text, 0);
  while (start >= 0) {
    const alias = spellingAt(scanner, text, start);
    if (alias && allowedAt(alias, text, start)) out.push({ start, end: start + alias.text.length, name: alias.text, known: alias.known });
    start = nextCandidate(scanner, text, start + (alias ? alias.text.length : 1));
  }
  return out;
}

/** Whether a spelling found at `start` may be read there (its entry may refuse the start of the text, or some words before). */
function allowedAt(alias: AliasEntry, text: string, start: number): boolean {
  if (alias.notAtStart && atStart(text, start)) return false;
  return !(alias.notAfter && notAfterPattern(alias.notAfter).test(text.slice(0, start)));
}

/**
 * The first position from `from` where the first two characters of a spelling stand,
 * not after an ASCII letter or digit; -1 when there is none.
 */
function nextCandidate(scanner: Scanner, text: string, from: number): number {
  const { pairs, byStart } = scanner;
  if (from >= text.length - 1) return -1;
  // Each unit is read once, and none out of range (slow): the one before position i, at i, and after.
  let prev = from > 0 ? text.charCodeAt(from - 1) : 0;
  let unit = text.charCodeAt(from);
  for (let i = from; i < text.length - 1; i++) {
    const next = text.charCodeAt(i + 1);
    if (pairs[pairHash(unit, next)] === 1 && !isAsciiWordChar(prev) && byStart.has(pairKey(unit, next))) return i;
    prev = unit;
    unit = next;
  }
  return -1;
}
