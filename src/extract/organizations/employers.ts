/** The employer after a person's role: "an analyst at Ampere Analysis", "Sprecherin bei Acme", "porte-parole chez Gaumont". */
import type { Lang } from '../../facts.js';
import { cueMatches } from '../people/patterns.js';
import { PEOPLE_RULES } from '../people/rules.js';
import type { Candidate } from './candidate.js';
import { canonicalOf } from './heads.js';
import { ORGANIZATION_RULES } from './rules.js';
import { cutAtStopWord, escapeRegExp, ORG_WORD } from './words.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

/** The employer after a role, and a cheap pattern of its preposition: a text without one is not searched for roles. */
interface Compiled {
  needs: RegExp;
  re: RegExp;
}

function compile(lang: Lang): Compiled | undefined {
  const prepositions = ORGANIZATION_RULES[lang].employerOf.map(escapeRegExp).join('|');
  return prepositions
    ? {
        needs: new RegExp(`\\s(?:${prepositions})\\s`, 'u'),
        re: new RegExp(`^\\s+(?:${prepositions})\\s+(${ORG_WORD}(?:\\s+(?:&\\s+)?${ORG_WORD}){0,3})`, 'u'),
      }
    : undefined;
}
const patternFor = releasable(memo(compile));

export function employersIn(text: string, lang: Lang): Candidate[] {
  const c = patternFor(lang);
  if (!c || !c.needs.test(text)) return [];
  const { re } = c;
  const out: Candidate[] = [];
  for (const cue of PEOPLE_RULES[lang].roles) {
    for (const c of cueMatches(cue, text)) {
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
