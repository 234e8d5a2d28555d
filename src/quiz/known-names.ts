/**
 * The names the articles mention, per kind, with every spelling to look for when
 * checking whether an article mentions one.
 */
import { organizationName } from '../extract/organizations/index.js';
import { factsOf, LANGS, type ArticleFacts, type Lang } from '../facts.js';
import { personSpellings } from './mentions.js';
import type { PoolName } from './distractors/pools.js';

export interface KnownName {
  /** Matrix row key: "organization:<canonical>", "person:<name>", "source:<name>". */
  key: string;
  /** As the quiz shows it. */
  display: string;
  spellings: string[];
}

function collect<T>(all: readonly ArticleFacts[], pick: (a: ArticleFacts) => T[], keyOf: (x: T) => string, nameOf: (x: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of all) {
    for (const x of pick(a)) {
      const names = out.get(keyOf(x)) ?? [];
      if (!names.includes(nameOf(x))) names.push(nameOf(x));
      out.set(keyOf(x), names);
    }
  }
  return out;
}

/**
 * Organizations by canonical key: shown under their name in the quiz language
 * where one is known, else as an article in that language writes them, else as
 * first written; looked for under every name known.
 */
export function knownOrganizations(all: readonly ArticleFacts[], lang: Lang): KnownName[] {
  const names = collect(all, (a) => factsOf(a.facts, 'organization'), (f) => f.canonical, (f) => f.name);
  const inLang = collect(all.filter((a) => a.article.language === lang), (a) => factsOf(a.facts, 'organization'), (f) => f.canonical, (f) => f.name);
  return [...names].map(([canonical, written]) => {
    const translated = LANGS.map((l) => organizationName(canonical, l)).filter((n): n is string => n !== undefined);
    return {
      key: `organization:${canonical}`,
      display: organizationName(canonical, lang) ?? inLang.get(canonical)?.[0] ?? written[0]!,
      spellings: [...new Set([...written, ...translated])],
    };
  });
}

export function knownPeople(all: readonly ArticleFacts[]): KnownName[] {
  const names = collect(all, (a) => factsOf(a.facts, 'person'), (f) => f.name.toLowerCase(), (f) => f.name);
  return [...names].map(([key, written]) => ({ key: `person:${key}`, display: written[0]!, spellings: written.flatMap(personSpellings) }));
}

export function knownSources(all: readonly ArticleFacts[]): KnownName[] {
  const names = collect(all, (a) => factsOf(a.facts, 'source'), (f) => f.name.toLowerCase(), (f) => f.name);
  return [...names].map(([key, written]) => ({ key: `source:${key}`, display: written[0]!, spellings: written }));
}

/** A pool entry as a known name (people are also looked for by family name). */
export function fromPool(p: PoolName, person = false): KnownName {
  const spellings = [p.name, ...(p.aliases ?? [])];
  return { key: `pool:${p.name}`, display: p.name, spellings: person ? spellings.flatMap(personSpellings) : spellings };
}
