/** The maker named in a possessive before a versioned product: "Google's Veo 3", "Acme’s Widget 2.5". */
import type { Lang } from '../../facts.js';
import { allMatches } from '../matches.js';
import type { Candidate } from './candidate.js';
import { institutionKey } from './canonical.js';
import { isStopWord, ORG_WORD_SIMPLE } from './words.js';

const PRODUCT = String.raw`(?:\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?:\s+\p{Lu}[\p{L}\p{N}]*)?[\s-]\d+(?:\.\d+)*\p{L}?(?![\p{L}\p{N}])`;
/** What every match contains (a possessive, one or two words, a number): a text without it is not searched. */
const NEEDS = /['’]s\s+\S+(?:\s+\S+)?[\s-]\d/u;
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${ORG_WORD_SIMPLE})['’]s\s+${PRODUCT}`, 'gu');

export function possessivesIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  if (!NEEDS.test(text)) return out;
  for (const m of allMatches(text, POSSESSIVE)) {
    const owner = m[1]!;
    // "Elon Musk's Grok 3": the owner is the surname of a person.
    if (isStopWord(owner, lang) || /\p{Lu}\p{Ll}+\s+$/u.test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + owner.length, name: owner, canonical: institutionKey(owner) });
  }
  return out;
}
