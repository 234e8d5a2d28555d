/**
 * Picture credits and source lines: "Photo: AFP", "Foto: ANP/EFE",
 * "(Bild: dpa)", "Kilde: NTB". Each agency named there is an organization.
 */
import type { Lang } from '../../facts.js';
import { allMatches } from '../matches.js';
import type { Candidate } from './candidate.js';
import { institutionKey } from './canonical.js';
import { knownByAlias } from './registry.js';
import { ORGANIZATION_RULES } from './rules.js';
import { isAcronym, isStopWord } from './words.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

const patternFor = releasable(
  memo((lang: Lang): RegExp => {
    const labels = [...ORGANIZATION_RULES[lang].creditLabels].sort((a, b) => b.length - a.length).join('|');
    return new RegExp(`(?:^|\\()(?:${labels})\\s*:\\s*([^()]+?)\\s*(?:\\)|$)`, 'dgu');
  }),
);

/** What credit or source lines of a sentence name, with its offset: the whole sentence, or a parenthesis in it. */
function credits(text: string, lang: Lang): Array<{ at: number; credit: string }> {
  // Every credit line has a colon after its label.
  if (!text.includes(':')) return [];
  return allMatches(text, patternFor(lang)).map((m) => ({ at: m.indices![1]![0], credit: m[1]! }));
}

const SEPARATOR = /\s*(?:[/,|;]|\s(?:via|and|und|og|en|y|et|&)\s)\s*/gu;

/** The agencies named in the credit lines of a sentence. */
export function creditsIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  for (const line of credits(text, lang)) {
    let offset = 0;
    for (const part of line.credit.split(SEPARATOR)) {
      const at = line.credit.indexOf(part, offset);
      offset = at + part.length;
      const name = part.replace(/[.\s]+$/u, '');
      const start = line.at + at;
      const known = knownByAlias(name);
      if (known) out.push({ start, end: start + name.length, name, canonical: known.canonical, kind: known.kind });
      else if (isAcronym(name) && !isStopWord(name, lang)) {
        out.push({ start, end: start + name.length, name, canonical: institutionKey(name) });
      }
    }
  }
  return out;
}
