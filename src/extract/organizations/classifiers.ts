/** Names that follow a noun for their kind of institution: "the studio A24", "nyhetsbyrået NTB", "la agencia EFE". */
import type { Lang } from '../../facts.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { cutAtStopWord, isAcronym, ORG_WORD } from './words.js';
import type { Candidate } from './candidate.js';

const patterns = new Map<Lang, RegExp>();
function patternFor(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const nouns = [...ORGANIZATION_RULES[lang].classifiers].sort((a, b) => b.length - a.length).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${nouns})\\s+(${ORG_WORD}(?:\\s+${ORG_WORD}){0,2})(?![\\p{L}\\p{N}])`, 'gu');
    patterns.set(lang, re);
  }
  return re;
}

export function classifiedIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(patternFor(lang))) {
    let name = cutAtStopWord(m[1]!, lang);
    if (!name) continue;
    if (ORGANIZATION_RULES[lang].classifiedAcronymsOnly) {
      name = name.split(/\s+/)[0]!;
      if (!isAcronym(name)) continue;
    }
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + name.length, name, canonical: canonicalOf(name, lang) });
  }
  return out;
}
