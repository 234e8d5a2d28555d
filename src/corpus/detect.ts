/**
 * Language detection over the six supported languages, with profiles of close
 * neighbours (Danish, Swedish, Italian, Portuguese, Polish) so that a text in
 * one of those is reported as unsupported rather than forced into a supported
 * one.
 *
 * Function words carry most of the signal in news text. Each profile lists the
 * most frequent ones; a word counts 1/k for each of the k profiles that list it,
 * so words shared by close languages ("og", "ikke", "som") weigh little and the
 * ones that tell them apart ("av"/"af", "etter"/"efter", "och") weigh fully.
 * Spelling hints ("kj", "øy", "-sjon" against "øj", "ud-", "-hed") settle
 * Norwegian against Danish. Quoted passages are left out when enough text
 * remains, so a German report quoting English speakers stays German.
 */
import { isLang, type Lang } from '../facts.js';
import { isAsciiLetter, isHighSurrogate, LATIN, LETTER, letterKind } from '../text/chars.js';

const PROFILES: Record<string, string> = {
  en: 'the of and to in a is that for it as was with on by be at this are from has have had not but or an which were will would their its they he she his her said says been more about than also who after we you there what when into over',
  de: 'der die das und in zu den von ist mit sich des auf für nicht es ein eine als auch an dem wird werden bei hat nach aus um sind im einen einem einer wie oder noch wurde über nur so vor zum zur durch dass sagte sei seit unter gegen bereits habe haben hatte war waren kann er sie wir ihre seine sehr mehr',
  nl: 'de het een en van in is dat op te zijn voor met niet aan er om ook als bij door maar dan nog wordt werd naar heeft hebben uit over tot zich deze wel meer die dit ze hij zij was waren worden kan volgens al veel zegt',
  nb: 'og i det er som en på til av for å med har de ikke at den et var han hun seg om fra men kan vil skal også etter ble blitt eller nå når da bare mer enn dette hva noe noen mye sier hadde mellom gjennom opp ut uten igjen mot kanskje litt slik sa vært gjør bli hvor sine sitt ifølge',
  es: 'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o fue este ha porque esta entre cuando muy sin sobre también según han son está desde hasta',
  fr: "de la le et les des en un une du est que pour dans qui sur au pas plus par ne ce il se sont avec son sa ses aux ont été mais ou comme leur elle selon a cette ces était l' d' qu' n' s' c'",
  // Neighbours that are not supported: detected so they can be named.
  da: 'og i det er som en på til af for at med har de ikke den et var han hun sig om fra men kan vil skal også efter blev blevet eller nu når da kun mere end dette hvad noget nogle meget siger havde mellem gennem op ud uden igen mod måske lidt sådan sagde været gør blive hvor sine sit der ifølge',
  sv: 'och i att det som en på är av för med till den har de inte om ett var han hon sig från men kan vill ska också efter blev blivit eller nu när då bara mer än detta vad något några mycket säger hade mellan genom upp ut utan igen mot kanske lite sådan sa varit gör bli sina sitt enligt',
  it: "di e il la che in un per del non è della una le con si sono da al gli dei anche come più ma nel alla ha stato questo delle degli nella sul dopo l' dell' un'",
  pt: 'de a o que e do da em um para com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito já também pelo pela até isso',
  pl: 'i w na z do że się nie to jest o jak po co tak za od przez jego ale już czy tylko jako oraz który która które dla został',
};

/**
 * Spelling hints that tell Norwegian, Danish and Swedish apart; each match adds `weight` as
 * one word would. They only count for a language already in contention. Each match lies
 * within one word, so they are counted in the lower-case text itself. A pattern ending a
 * word starts with its literal and looks behind for the letters before it ("het" after three
 * letters): the same matches as `\p{L}{3}het…`, found some thirty times faster.
 */
export const HINTS: Record<string, Array<[RegExp, number]>> = {
  nb: [
    [/kj|gj/gu, 1],
    [/øy/gu, 1],
    [/\p{L}sjon/gu, 1],
    [/het(?<=\p{L}{3}het)(?:en|er|ene)?(?!\p{L})/gu, 0.5],
    [/kk(?<=\p{L}kk)(?!\p{L})/gu, 0.5],
  ],
  da: [
    [/øj|ej/gu, 1],
    [/(?<!\p{L})ud(?=[bdfghjklmnrstv]\p{L})/gu, 1],
    [/(?<!\p{L})op(?=[bdfghjklmnrv]\p{L})/gu, 1],
    [/hed(?<=\p{L}{3}hed)(?:en|er|erne)?(?!\p{L})/gu, 1],
  ],
  sv: [[/ä|ö/gu, 0.5]],
};
/** A language is in contention when its word score is at least this share of the best. */
const CONTENTION = 0.5;

/** Languages told by their script alone, in the order they are tried. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['ko', /\p{Script=Hangul}/u],
  ['zh', /\p{Script=Han}/u],
  ['ru', /\p{Script=Cyrillic}/u],
  ['el', /\p{Script=Greek}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['he', /\p{Script=Hebrew}/u],
];

const profileWords = Object.entries(PROFILES).map(([code, list]) => ({ code, words: new Set(list.split(' ')) }));
/** For each word, the profiles that list it (indices in `profileWords`) and what it adds to each: 1/k for k profiles. */
const WORD_PROFILES = new Map<string, { profiles: number[]; weight: number }>();
for (const [i, { words }] of profileWords.entries()) {
  for (const w of words) {
    const entry = WORD_PROFILES.get(w);
    if (entry) entry.profiles.push(i);
    else WORD_PROFILES.set(w, { profiles: [i], weight: 0 });
  }
}
for (const entry of WORD_PROFILES.values()) entry.weight = 1 / entry.profiles.length;

/**
 * The profile words in an open-addressing table keyed by a hash of their
 * characters, so that a text's words are looked up as it is read, without a
 * string per word. Each slot holds an index in `PROFILE_WORDS`, or -1.
 */
const PROFILE_WORDS = [...WORD_PROFILES];
const LONGEST_WORD = Math.max(...PROFILE_WORDS.map(([word]) => word.length));
const SLOTS = 2048;
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
const WORD_SLOTS = new Int32Array(SLOTS).fill(-1);
for (const [k, [word]] of PROFILE_WORDS.entries()) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  let slot = hash & (SLOTS - 1);
  while (WORD_SLOTS[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
  WORD_SLOTS[slot] = k;
}

/** The profile entry of the word `text.slice(start, end)`, whose characters hash to `hash`. */
function profileEntry(text: string, start: number, end: number, hash: number): { profiles: number[]; weight: number } | undefined {
  const length = end - start;
  if (length > LONGEST_WORD) return undefined;
  for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const k = WORD_SLOTS[slot]!;
    if (k < 0) return undefined;
    const [word, entry] = PROFILE_WORDS[k]!;
    if (word.length === length && text.startsWith(word, start)) return entry;
  }
}

export type Detection =
  | { ok: true; language: Lang; confidence: number }
  | { ok: false; reason: 'too-short' }
  | { ok: false; reason: 'unsupported'; guess?: string }
  /** Two languages score too close to call; `candidates` are the best two. */
  | { ok: false; reason: 'uncertain'; candidates: [string, string] };

/** Minimum number of words before a verdict is given. */
export const MIN_WORDS = 12;
/** Below this share of function words the text is in none of the profiled languages. */
const MIN_SCORE = 0.08;
/** The best score must lead the second by this fraction of itself. */
const MIN_MARGIN = 0.1;
/** Detection reads at most this much of the beginning of a text. */
const SAMPLE_CHARS = 30000;

/**
 * The words of a text in lower case (with ’ read as '), as `/\p{L}+'?/gu` finds them
 * (French and Italian elisions, "l'AFP", are split after the apostrophe), counted and
 * looked up in the profiles.
 */
interface Words {
  lower: string;
  count: number;
  /** What the words add to each profile, by index in `profileWords`. */
  sums: number[];
}

/** Whether the character at `i` of `text`, whose code unit is `code`, is a letter (a surrogate pair read whole). */
function isLetterAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code | 0x20) - 0x61 >>> 0 < 26;
  return (letterKind(isHighSurrogate(code) ? text.codePointAt(i)! : code) & LETTER) !== 0;
}

/** Reads the words of `text` in one pass, looking each up in the profiles without a string per word. */
export function readWords(text: string): Words {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const length = lower.length;
  const sums = profileWords.map(() => 0);
  let count = 0;
  for (let i = 0; i < length; ) {
    let code = lower.charCodeAt(i);
    if (!isLetterAt(lower, i, code)) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    do {
      hash = hashStep(hash, code);
      // A letter's high surrogate is followed by its low one.
      i += isHighSurrogate(code) ? 2 : 1;
      // Past the end, a space (a number of the same kind as the code units) ends the word.
      code = i < length ? lower.charCodeAt(i) : 0x20;
    } while (isLetterAt(lower, i, code));
    // An apostrophe right after the letters belongs to the word.
    const apostrophe = code === 0x27;
    const entry = apostrophe ? profileEntry(lower, start, i + 1, hashStep(hash, code)) : profileEntry(lower, start, i, hash);
    if (entry) for (const p of entry.profiles) sums[p]! += entry.weight;
    count++;
    if (apostrophe) i++;
  }
  return { lower, count, sums };
}

/** The text without quoted passages (one line, at most 400 characters each). */
function withoutQuotes(text: string): string {
  return text.replace(/„[^“”\n]{0,400}[“”]|“[^”\n]{0,400}”|«[^»\n]{0,400}»|"[^"\n]{0,400}"/g, ' ');
}

/** The letters of `text` (code points, as a /u pattern counts them) and how many of them are Latin; ASCII read by code. */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetter(code)) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = isHighSurrogate(code) ? text.codePointAt(i)! : code;
    if (point > 0xffff) i++;
    const kind = letterKind(point);
    if (kind & LETTER) letters++;
    if (kind & LATIN) latin++;
  }
  return { letters, latin };
}

/**
 * Characters among which every letter is Latin: Basic Latin to Latin Extended-B but µ
 * (U+00B5, a letter of no script), General Punctuation and Currency Symbols.
 */
const LATIN_LETTERS_ONLY = /^[\u0000-\u00b4\u00b6-\u024f\u2000-\u206f\u20a0-\u20cf]*$/;

/** The share of Latin letters among the letters of `text`; NaN when it has none. Counted only when a letter may be other than Latin. */
function latinShare(text: string): number {
  if (LATIN_LETTERS_ONLY.test(text)) return /\p{L}/u.test(text) ? 1 : NaN;
  const { letters, latin } = letterCounts(text);
  return latin / letters;
}

export function detectLanguage(fullText: string): Detection {
  const text = fullText.slice(0, SAMPLE_CHARS);
  const share = latinShare(text);
  if (Number.isNaN(share)) return { ok: false, reason: 'too-short' };
  if (share < 0.5) {
    const guess = SCRIPTS.find(([, re]) => re.test(text))?.[0];
    return guess ? { ok: false, reason: 'unsupported', guess } : { ok: false, reason: 'unsupported' };
  }
  const unquoted = readWords(withoutQuotes(text));
  const words = unquoted.count >= MIN_WORDS ? unquoted : readWords(text);
  if (words.count < MIN_WORDS) return { ok: false, reason: 'too-short' };
  const raw = new Map<string, number>(profileWords.map(({ code }, i) => [code, words.sums[i]!]));
  const top = Math.max(...raw.values());
  for (const [code, hints] of Object.entries(HINTS)) {
    if (raw.get(code)! < top * CONTENTION) continue;
    for (const [re, weight] of hints) raw.set(code, raw.get(code)! + (words.lower.match(re)?.length ?? 0) * weight);
  }
  const scores = [...raw]
    .map(([code, score]) => ({ code, score: score / words.count }))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const [best, second] = scores as [{ code: string; score: number }, { code: string; score: number }];
  if (best.score < MIN_SCORE) return { ok: false, reason: 'unsupported' };
  const margin = (best.score - second.score) / best.score;
  if (margin < MIN_MARGIN && (isLang(best.code) || isLang(second.code))) {
    return { ok: false, reason: 'uncertain', candidates: [best.code, second.code] };
  }
  if (!isLang(best.code)) return { ok: false, reason: 'unsupported', guess: best.code };
  return { ok: true, language: best.code, confidence: Math.min(1, margin * 2) };
}
