/** Names that follow a noun for their kind of institution: "the studio A24", "nyhetsbyrået NTB", "la agencia EFE". */
import type { Lang } from '../../facts.js';
import { allMatches } from '../matches.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { cutAtStopWord, isAcronym, ORG_WORD } from './words.js';
import type { Candidate } from './candidate.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

/** The pattern, and a cheap one for the kind noun every match contains: a text without one is not searched. */
interface Compiled {
  needs: RegExp;
  re: RegExp;
}

const patternFor = releasable(
  memo((lang: Lang): Compiled => {
    const nouns = [...ORGANIZATION_RULES[lang].classifiers].sort((a, b) => b.length - a.length).join('|');
    return {
      needs: new RegExp(`(?:${nouns})\\s`, 'u'),
      re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${nouns})\\s+(${ORG_WORD}(?:\\s+${ORG_WORD}){0,2})(?![\\p{L}\\p{N}])`, 'gu'),
    };
  }),
);

export function classifiedIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  const { needs, re } = patternFor(lang);
  if (!needs.test(text)) return out;
  for (const m of allMatches(text, re)) {
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
