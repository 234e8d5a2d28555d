/** A name explained by an apposition: "Quarry Lane Interactive, the Dundee studio behind …", "Pixomondo, ein Studio aus Stuttgart". */
import type { Lang } from '../../facts.js';
import { allMatches } from '../matches.js';
import { PEOPLE_RULES } from '../people/rules.js';
import type { Candidate } from './candidate.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { escapeRegExp, ORG_WORD, trimName } from './words.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

interface Compiled {
  /** Cheap patterns of what every match contains (the article after a comma, a kind noun): a text without them is not searched. */
  needs: RegExp[];
  re: RegExp;
  /** Lower-case words that are never names, articles among them. */
  notNames: ReadonlySet<string>;
}

function compile(lang: Lang): Compiled {
  const { appositive, of, connectors } = ORGANIZATION_RULES[lang];
  const articles = appositive.articles.map((a) => (/['’]$/.test(a) ? escapeRegExp(a) : `${escapeRegExp(a)}\\s+`)).join('|');
  const sorted = [...appositive.nouns].sort((a, b) => b.length - a.length);
  // In compounding languages the kind noun ends a word ("Produktionsstudio", "animasjonsstudio").
  const nouns = appositive.compounds
    ? sorted.map((n) => `[${n[0]!.toUpperCase()}${n[0]!.toLowerCase()}]${escapeRegExp(n.slice(1))}`).join('|')
    : sorted.map(escapeRegExp).join('|');
  const noun = appositive.compounds ? `[\\p{L}-]*(?:${nouns})` : `(?:${nouns})`;
  // Modifiers only ("the Dundee studio"), no phrase about something else ("the head of the studio": a person).
  const small = [...of, ...connectors, ...PEOPLE_RULES[lang].roleOf, ...appositive.articles].map(escapeRegExp).join('|');
  const modifier = `(?:(?!(?:${small})\\s)[\\p{L}’'-]+\\s+)`;
  const adjective = appositive.adjectiveAfter ? '(?:\\s+\\p{Ll}+)?' : '';
  const after = appositive.after.map(escapeRegExp).join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(${ORG_WORD}(?:\\s+(?:&\\s+)?${ORG_WORD}){0,3}),\\s+(?:${articles})${modifier}{0,3}?${noun}${adjective}(?=\\s*[,.;:]|\\s+(?:${after})(?![\\p{L}\\p{N}]))`,
    'gu',
  );
  const needs = [new RegExp(`,\\s+(?:${articles})`, 'u'), new RegExp(`(?:${nouns})`, 'u')];
  return { needs, re, notNames: new Set([...PEOPLE_RULES[lang].notNames].map((w) => w.toLowerCase())) };
}
const patternFor = releasable(memo(compile));

export function appositivesIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  const { needs, re, notNames: articles } = patternFor(lang);
  if (!needs.every((n) => n.test(text))) return out;
  for (const m of allMatches(text, re)) {
    const trimmed = trimName(m[1]!, lang);
    if (!trimmed) continue;
    // Where every noun is capitalized, a word after an article is a noun, not a name ("der Konkurrent, ein Studio …").
    const before = /(\p{L}+)\s+$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
    if (ORGANIZATION_RULES[lang].classifiedAcronymsOnly && (trimmed.skipped > 0 || (before && articles.has(before)))) continue;
    const start = m.index + trimmed.skipped;
    out.push({ start, end: start + trimmed.name.length, name: trimmed.name, canonical: canonicalOf(trimmed.name, lang) });
  }
  return out;
}
