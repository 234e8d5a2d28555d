/**
 * Picture credits and source lines: "Photo: AFP", "Foto: ANP/EFE",
 * "(Bild: dpa)", "Kilde: NTB". Each agency named there is an organization.
 */
import type { Lang } from '../../facts.js';
import type { Candidate } from './candidate.js';
import { institutionKey } from './canonical.js';
import { knownByAlias } from './registry.js';
import { ORGANIZATION_RULES } from './rules.js';
import { isAcronym, isStopWord } from './words.js';

export interface CreditLine {
  /** The label as written ("Foto", "Quelle"). */
  label: string;
  /** Offsets of the whole credit ("Foto: NTB") in the text searched. */
  start: number;
  end: number;
  /** Offset and text of what follows the colon. */
  creditStart: number;
  credit: string;
}

const patterns = new Map<Lang, RegExp>();
function patternFor(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const labels = [...ORGANIZATION_RULES[lang].creditLabels].sort((a, b) => b.length - a.length).join('|');
    re = new RegExp(`(?:^|\\()(${labels})\\s*:\\s*([^()]+?)\\s*(?:\\)|$)`, 'gu');
    patterns.set(lang, re);
  }
  return re;
}

/** The credit or source lines of a sentence: the whole sentence, or a parenthesis in it. */
export function creditLines(text: string, lang: Lang): CreditLine[] {
  const out: CreditLine[] = [];
  for (const m of text.matchAll(patternFor(lang))) {
    const opened = m[0].startsWith('(') ? 1 : 0;
    const end = m.index + m[0].length - (m[0].endsWith(')') ? 1 : 0);
    out.push({ label: m[1]!, start: m.index + opened, end, creditStart: end - m[2]!.length, credit: m[2]! });
  }
  return out;
}

const SEPARATOR = /\s*(?:[/,|;]|\s(?:via|and|und|og|en|y|et|&)\s)\s*/gu;

/** The agencies named in the credit lines of a sentence. */
export function creditsIn(text: string, lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  for (const line of creditLines(text, lang)) {
    let offset = 0;
    for (const part of line.credit.split(SEPARATOR)) {
      const at = line.credit.indexOf(part, offset);
      offset = at + part.length;
      const name = part.replace(/[.\s]+$/u, '');
      const start = line.creditStart + at;
      const known = knownByAlias(name);
      if (known) out.push({ start, end: start + name.length, name, canonical: known.canonical, kind: known.kind });
      else if (isAcronym(name) && !isStopWord(name, lang)) {
        out.push({ start, end: start + name.length, name, canonical: institutionKey(name) });
      }
    }
  }
  return out;
}
