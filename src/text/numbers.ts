/** Numerals and number words per language. */
import type { Lang } from '../facts.js';

/**
 * Parses a written numeral in the conventions of `lang`:
 * "11,08" (de) → 11.08, "11.000" (es) → 11000, "1,234.5" (en) → 1234.5,
 * "2 400" / "2 400" (fr, nb) → 2400. Returns undefined for anything else.
 */
export function parseNumeral(raw: string, lang: Lang): number | undefined {
  const s = raw.trim().replace(/[\u00a0\u202f\u2009' ](?=\d{3}\b)/g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return undefined;
  const decimalComma = lang !== 'en';
  const groupSep = decimalComma ? '.' : ',';
  const decSep = decimalComma ? ',' : '.';
  let t = s;
  // Thousands groups: sep followed by exactly three digits, repeated.
  const grouped = new RegExp(`^\\d{1,3}(?:\\${groupSep}\\d{3})+(?:\\${decSep}\\d+)?$`);
  if (grouped.test(t)) t = t.split(groupSep).join('');
  else if (t.includes(groupSep)) {
    // The other convention ("11.08" in a German text, "1,5" in an English one):
    // a single separator not followed by exactly three digits is read as decimal.
    const m = new RegExp(`^(\\d+)\\${groupSep}(\\d{1,2}|\\d{4,})$`).exec(t);
    if (!m || t.includes(decSep)) return undefined;
    t = `${m[1]}${decSep}${m[2]}`;
  }
  const parts = t.split(decSep);
  if (parts.length > 2) return undefined;
  const value = Number(parts.join('.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Cardinal number words 1–20 and round tens, per language (lower case). */
const WORDS: Record<Lang, Record<string, number>> = {
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1, an: 1,
  },
  de: {
    ein: 1, eins: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
    siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    hundert: 100,
  },
  nl: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
    achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100,
  },
  nb: {
    en: 1, ett: 1, ei: 1, én: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
    ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17,
    atten: 18, nitten: 19, tjue: 20, tretti: 30, førti: 40, femti: 50, hundre: 100,
  },
  es: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17,
    dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17,
    'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  },
};

/** Value of a number word in `lang` ("zehn" → 10), or undefined. */
export function numberWord(word: string, lang: Lang): number | undefined {
  return WORDS[lang][word.toLowerCase()];
}

/** A regex alternation of the number words of `lang`, longest first (for building rules). */
export function numberWordPattern(lang: Lang, { min = 2 }: { min?: number } = {}): string {
  return Object.entries(WORDS[lang])
    .filter(([, v]) => v >= min)
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A numeral or a number word in `lang`. */
export function parseNumber(raw: string, lang: Lang): number | undefined {
  return parseNumeral(raw, lang) ?? numberWord(raw.trim(), lang);
}
