/**
 * Sentence splitting: Intl.Segmenter per line, then segments are merged back
 * where the break follows an abbreviation ("z. B.", "Mrd.", "bl.a.", "Mr."),
 * an ordinal ("im 2. Quartal") or where the next piece starts in lower case.
 */
import type { Lang, Sentence } from '../facts.js';

/** Abbreviations (lower case, without the final dot) that do not end a sentence. */
const ABBREVIATIONS: Record<Lang, string[]> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'fig', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'bn', 'mn', 'est'],
  de: ['z', 'b', 'z.b', 'z. b', 'u', 'a', 'u.a', 'u. a', 'd', 'h', 'd.h', 'd. h', 'bzw', 'ca', 'mrd', 'mio', 'nr', 'dr', 'prof', 'hr', 'fr', 'usw', 'vgl', 'ggf', 'evtl', 'inkl', 'zzgl', 'bspw', 'sog', 'jh', 'jan', 'feb', 'okt', 'dez', 'str', 'tsd', 'gmbh', 'st', 'v', 'chr', 'abs', 'bzgl'],
  nl: ['o.a', 'o. a', 'a', 'o', 'bijv', 'bv', 'b.v', 'dhr', 'mevr', 'mr', 'dr', 'prof', 'ca', 'enz', 'nl', 'mln', 'mld', 'mrd', 'jl', 'resp', 'd.w.z', 'm.b.t', 'i.p.v', 'z.g.a.n', 'nv', 'n.v', 'evt', 'vs', 'jan', 'feb', 'okt', 'dec', 'st'],
  nb: ['bl.a', 'bl. a', 'bl', 'dvs', 'ca', 'mrd', 'mill', 'mill', 'kr', 'nr', 'f.eks', 'f. eks', 'eks', 'osv', 'm.m', 'mv', 'm.v', 'jf', 'evt', 'pga', 'ifm', 'iflg', 'ift', 'dr', 'prof', 'jan', 'feb', 'okt', 'des', 'st', 'o.l', 'e.l', 'ev'],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'd', 'dña', 'p. ej', 'p.ej', 'ej', 'etc', 'aprox', 'núm', 'no', 'pág', 'ud', 'uds', 'ee.uu', 'ee. uu', 'mill', 'mills', 'ene', 'feb', 'oct', 'dic', 'sa', 's.a', 'avda', 'vol'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'prof', 'etc', 'p. ex', 'p.ex', 'ex', 'env', 'av', 'apr', 'j.-c', 'no', 'nº', 'vol', 'janv', 'févr', 'oct', 'déc', 'md', 'mds', 'mrd', 'mrds', 'st', 'ste', 'cf', 'sa', 's.a'],
};

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

function endsWithAbbreviation(piece: string, lang: Lang): boolean {
  const m = /(?:^|[\s(«"“'‘])((?:[\p{L}]{1,6}\.\s?){0,2}[\p{L}]{1,6})\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (ABBREVIATIONS[lang].includes(word) || ABBREVIATIONS[lang].includes(word.replace(/\s+/g, ''))) return true;
  // A single capital letter ("J. R. R. Tolkien", "Ted S.") is an initial.
  return /^\p{Lu}$/u.test(m[1]!);
}

/** Splits one line of text; offsets are relative to the line. */
function splitLine(line: string, lang: Lang): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (const seg of segmenterFor(lang).segment(line)) {
    pieces.push([seg.index, seg.index + seg.segment.length]);
  }
  const merged: Array<[number, number]> = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = line.slice(prev[0], prev[1]);
      const next = line.slice(piece[0], piece[1]).trimStart();
      const ordinal = lang !== 'en' && /(?:^|\s)\d{1,2}\.\s*$/.test(prevText) && !/[.!?]\s*\d{1,2}\.\s*$/.test(prevText);
      const noBreak =
        endsWithAbbreviation(prevText, lang) ||
        ordinal ||
        /^[\p{Ll}\d,;:)]/u.test(next) ||
        !/[.!?…:;"”»'’)]\s*$/u.test(prevText);
      if (noBreak) {
        prev[1] = piece[1];
        continue;
      }
    }
    merged.push([piece[0], piece[1]]);
  }
  return merged;
}

/**
 * Splits `body` into sentences. Every line break ends a sentence (headlines,
 * captions and paragraphs stand alone); blank pieces are dropped; each
 * sentence is trimmed and `body.slice(start, end) === text`.
 */
export function splitSentences(body: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    for (const [a, b] of splitLine(line, lang)) {
      const raw = line.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ text, start: offset + a + lead, end: offset + a + lead + text.length });
    }
    offset += line.length + 1;
  }
  return out;
}

/** The sentence that contains offset `pos`. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
