/** The employer after a person's role: "an analyst at Ampere Analysis", "Sprecherin bei Acme", "porte-parole chez Gaumont". */
import type { Lang } from '../../facts.js';
import { cuePattern } from '../people/patterns.js';
import { PEOPLE_RULES } from '../people/rules.js';
import type { Candidate } from './candidate.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { cutAtStopWord, escapeRegExp, ORG_WORD } from './words.js';

const patterns = new Map<Lang, RegExp | undefined>();
function patternFor(lang: Lang): RegExp | undefined {
  if (patterns.has(lang)) return patterns.get(lang);
  const prepositions = ORGANIZATION_RULES[lang].employerOf;
  const re = prepositions.length
    ? new RegExp(`^\\s+(?:${prepositions.map(escapeRegExp).join('|')})\\s+(${ORG_WORD}(?:\\s+(?:&\\s+)?${ORG_WORD}){0,3})`, 'u')
    : undefined;
  patterns.set(lang, re);
  return re;
}

export function employersIn(text: string, lang: Lang): Candidate[] {
  const re = patternFor(lang);
  if (!re) return [];
  const out: Candidate[] = [];
  for (const cue of PEOPLE_RULES[lang].roles) {
    for (const c of text.matchAll(cuePattern(cue))) {
      const end = c.index + c[0].length;
      const m = re.exec(text.slice(end));
      const name = m && cutAtStopWord(m[1]!, lang);
      if (!m || !name) continue;
      const start = end + m[0].length - m[1]!.length;
      out.push({ start, end: start + name.length, name, canonical: canonicalOf(name, lang) });
    }
  }
  return out;
}
