/**
 * Sentence splitting: Intl.Segmenter's boundaries per line (found directly by
 * sentence-breaks.ts where it knows every character), then segments are merged back
 * where the break follows an abbreviation ("z. B.", "bl.a.", "Mr."), an
 * abbreviation before a number or currency ("Nr. 5", "Mrd. Euro"), a German
 * ordinal ("im 2. Quartal") or where the next piece starts in lower case.
 */
import type { Lang, Sentence } from '../facts.js';
import { isDigit } from './chars.js';
import { finalAbbreviation } from './final-abbreviation.js';
import { sentenceEnds } from './sentence-breaks.js';

/**
 * Abbreviations (lower case, without the final dot) after which a capital
 * letter does not start a new sentence. Abbreviations that often end a
 * sentence ("etc.", "usw.", "osv.") are left out: before a lower-case word
 * they are merged anyway.
 */
const ABBREVIATIONS: Record<Lang, string[]> = {
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'e.g', 'i.e', 'approx', 'u.s', 'u.k', 'gov', 'gen', 'sen', 'rep', 'rev', 'bros'],
  de: ['z', 'b', 'z.b', 'z. b', 'u', 'a', 'u.a', 'u. a', 'd', 'h', 'd.h', 'd. h', 'bzw', 'ca', 'dr', 'prof', 'hr', 'fr', 'vgl', 'ggf', 'evtl', 'inkl', 'zzgl', 'bspw', 'sog', 'jh', 'str', 'gmbh', 'st', 'v', 'bzgl', 'dipl', 'ing', 'bros'],
  nl: ['o.a', 'o. a', 'a', 'o', 'bijv', 'bv', 'b.v', 'dhr', 'mevr', 'mr', 'dr', 'prof', 'ca', 'drs', 'ir', 'ing', 'jl', 'resp', 'd.w.z', 'm.b.t', 'i.p.v', 'z.g.a.n', 'nv', 'n.v', 'evt', 'vs', 'st', 'bros'],
  nb: ['bl.a', 'bl. a', 'bl', 'dvs', 'ca', 'f.eks', 'f. eks', 'eks', 'jf', 'evt', 'pga', 'ifm', 'iflg', 'ift', 'dr', 'prof', 'st', 'o.l', 'e.l', 'ev', 'inkl', 'adm', 'dir', 'bros'],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'd', 'dña', 'p. ej', 'p.ej', 'ej', 'aprox', 'ud', 'uds', 'ee.uu', 'ee. uu', 'sa', 's.a', 'avda', 'vol', 'lic', 'ing', 'bros'],
  fr: ['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'prof', 'p. ex', 'p.ex', 'ex', 'env', 'av', 'j.-c', 'vol', 'st', 'ste', 'cf', 'sa', 's.a', 'bros'],
};

/** Abbreviations that do not end a sentence when a number follows ("Nr. 5", "No. 1", "3 Jan. 2024"). */
const BEFORE_NUMBER: Record<Lang, string[]> = {
  en: ['no', 'nos', 'fig', 'p', 'pp', 'art', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'],
  de: ['nr', 'abs', 'art', 's', 'abb', 'kap', 'tab', 'jan', 'feb', 'mär', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
  nl: ['nr', 'art', 'blz', 'p', 'jan', 'feb', 'mrt', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'],
  nb: ['nr', 's', 'kr', 'kap', 'art', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'okt', 'nov', 'des'],
  es: ['núm', 'no', 'n.º', 'pág', 'art', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic'],
  fr: ['no', 'nº', 'p', 'art', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
};

/** Amount abbreviations ("3 Mrd. Euro", "$11 bn.") that do not end a sentence when a currency follows. */
const AMOUNT_UNITS = ['mrd', 'mio', 'bn', 'mn', 'mld', 'mln', 'mill', 'md', 'mds', 'mrds', 'tsd', 'mia'];
const CURRENCY_NEXT = /^(?:[$€£¥]|(?:us-?)?dollars?\b|euros?\b|kron(?:er|en|a|or)?\b|pfund\b|pounds?\b|francs?\b|franken\b|yen\b|yuan\b|pesos?\b)/iu;
/** ISO 4217 codes ("3 Mrd. USD"). */
const CURRENCY_CODE_NEXT = /^[A-Z]{3}\b/u;

/** German ordinals before a capitalized word: "am 3. Juli", "im 2. Quartal", "der 1. FC". */
const ORDINAL_CONTEXT = /(?:^|\s)(?:am|im|vom|zum|zur|beim|bis|ab|seit|ins|der|die|das|des|dem|den|ein|eine|einem|einen|einer|jeder|jede|jedes)\s+\d{1,3}\.\s*$/iu;
const ORDINAL_MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/** Characters after which (and any white space) a segment may end a sentence. */
const TERMINAL = new Set([...'.!?…"”“»›\'’‘)]'].map((c) => c.charCodeAt(0)));
/** Closing quotes or brackets that a segment may wrongly start with ("fini. » Puis"). */
const LEADING_CLOSER = /^\s*[»”’›)\]]+\s*/u;

/**
 * The longest piece of a line given to the segmenter at once: its cost grows
 * with the square of its input, so a long line is fed in chunks, cut after a
 * sentence end where there is one (the merge rules join any other cut).
 */
const MAX_SEGMENTER_INPUT = 2000;
/** Enough of the end of a piece to decide on the break after it. */
const CONTEXT_CHARS = 80;

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

const STARTS_LOWER_OR_CONTINUING = /^[\p{Ll},;:]/u;
const ENDS_WITH_INITIAL = /(?:^|[.\s])\p{Lu}$/u;
const AMOUNT_BEFORE_DOT = /\d\s*\p{L}+\.\s*$/u;

/** Whether the break between `prev` and `next` (both pieces of one line) is not a sentence end. */
function continues(prev: string, next: string, lang: Lang): boolean {
  // `trimEnd` drops what `\s` matches: the last character of `trimmed` is the one before the final white space.
  const trimmed = prev.trimEnd();
  if (!TERMINAL.has(trimmed.charCodeAt(trimmed.length - 1))) return true;
  if (STARTS_LOWER_OR_CONTINUING.test(next)) return true;
  const abbr = finalAbbreviation(prev);
  if (abbr) {
    const word = abbr.toLowerCase();
    const compact = word.replace(/\s+/g, '');
    const listed = (list: readonly string[]) => list.includes(word) || list.includes(compact);
    if (listed(ABBREVIATIONS[lang])) return true;
    // A single capital letter ("J. R. Miller", "M. Dupont") is an initial.
    if (ENDS_WITH_INITIAL.test(abbr)) return true;
    if (listed(BEFORE_NUMBER[lang]) && isDigit(next.charCodeAt(0))) return true;
    if (listed(AMOUNT_UNITS) && AMOUNT_BEFORE_DOT.test(prev) && (CURRENCY_NEXT.test(next) || CURRENCY_CODE_NEXT.test(next))) return true;
  }
  const afterNumber = trimmed.endsWith('.') && isDigit(trimmed.charCodeAt(trimmed.length - 2));
  return lang === 'de' && afterNumber && (ORDINAL_CONTEXT.test(prev) || ORDINAL_MONTH.test(next));
}

/** The end of the chunk of `line` that starts at `from`. */
function chunkEnd(line: string, from: number): number {
  if (line.length - from <= MAX_SEGMENTER_INPUT) return line.length;
  const window = line.slice(from, from + MAX_SEGMENTER_INPUT);
  const afterSentence = /[.!?…]["”»’)]*\s+(?=[^.!?…]*$)/u.exec(window);
  if (afterSentence) return from + afterSentence.index + afterSentence[0].length;
  const space = window.search(/\s\S*$/);
  return space > 0 ? from + space + 1 : from + MAX_SEGMENTER_INPUT;
}

/** The end offsets of the segmenter's pieces of `chunk`: found directly where `sentenceEnds` can, else asked of Intl.Segmenter. */
function chunkSegmentEnds(chunk: string, lang: Lang): number[] {
  const ends = sentenceEnds(chunk);
  if (ends) return ends;
  return Array.from(segmenterFor(lang).segment(chunk), (seg) => seg.index + seg.segment.length);
}

/** The end offsets of the segmenter's pieces of `line`, fed to it in chunks. */
function segmentEnds(line: string, lang: Lang): number[] {
  const ends: number[] = [];
  for (let from = 0; from < line.length; ) {
    const to = chunkEnd(line, from);
    for (const end of chunkSegmentEnds(line.slice(from, to), lang)) ends.push(from + end);
    from = to;
  }
  return ends;
}

/** Splits one line of text; offsets are relative to the line. */
function splitLine(line: string, lang: Lang): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  let segmentStart = 0;
  for (const end of segmentEnds(line, lang)) {
    let start = segmentStart;
    segmentStart = end;
    const prev = merged[merged.length - 1];
    if (prev) {
      // A closing quote the segmenter put at the start of this piece belongs to the previous one.
      const closer = LEADING_CLOSER.exec(line.slice(start, end));
      if (closer) {
        prev[1] = start + closer[0].length;
        start = prev[1];
        if (start === end) continue;
      }
      const before = line.slice(Math.max(prev[0], prev[1] - CONTEXT_CHARS), prev[1]);
      if (continues(before, line.slice(start, end), lang)) {
        prev[1] = end;
        continue;
      }
    }
    merged.push([start, end]);
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
