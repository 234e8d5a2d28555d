/** A name explained by an apposition: "Quarry Lane Interactive, the Dundee studio behind …", "Pixomondo, ein Studio aus Stuttgart". */
import type { Lang } from '../../facts.js';
import { PEOPLE_RULES } from '../people/rules.js';
import type { Candidate } from './candidate.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { escapeRegExp, ORG_WORD, trimName } from './words.js';

const patterns = new Map<Lang, RegExp>();
function patternFor(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const { appositive, of, connectors } = ORGANIZATION_RULES[lang];
    const articles = appositive.articles.map((a) => (/['’]$/.test(a) ? escapeRegExp(a) : `${escapeRegExp(a)}\\s+`)).join('|');
    const sorted = [...appositive.nouns].sort((a, b) => b.length - a.length);
    // In compounding languages the kind noun ends a word ("Produktionsstudio", "animasjonsstudio").
    const noun = appositive.compounds
      ? `[\\p{L}-]*(?:${sorted.map((n) => `[${n[0]!.toUpperCase()}${n[0]!.toLowerCase()}]${escapeRegExp(n.slice(1))}`).join('|')})`
      : `(?:${sorted.map(escapeRegExp).join('|')})`;
    // Modifiers only ("the Dundee studio"), no phrase about something else ("the head of the studio": a person).
    const small = [...of, ...connectors, ...PEOPLE_RULES[lang].roleOf, ...appositive.articles].map(escapeRegExp).join('|');
    const modifier = `(?:(?!(?:${small})\\s)[\\p{L}’'-]+\\s+)`;
    const adjective = appositive.adjectiveAfter ? '(?:\\s+\\p{Ll}+)?' : '';
    const after = appositive.after.map(escapeRegExp).join('|');
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(${ORG_WORD}(?:\\s+(?:&\\s+)?${ORG_WORD}){0,3}),\\s+(?:${articles})${modifier}{0,3}?${noun}${adjective}(?=\\s*[,.;:]|\\s+(?:${after})(?![\\p{L}\\p{N}]))`,
      'gu',
    );
    patterns.set(lang, re);
  }
  return re;
}

export function appositivesIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  const articles = new Set([...PEOPLE_RULES[lang].notNames].map((w) => w.toLowerCase()));
  for (const m of text.matchAll(patternFor(lang))) {
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
