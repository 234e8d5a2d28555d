/**
 * Locale formatting of numbers, money, percentages and factors with Intl, in the
 * style of each language's news writing: "$11 billion", "11 Milliarden US-Dollar",
 * "11 miljard dollar", "11 milliarder dollar", "11.000 millones de dólares",
 * "11 milliards de dollars".
 */
import type { Lang } from '../facts.js';

/** The number styles used, by name; a number stands for a plain number with at most that many fraction digits. */
const STYLES = {
  percent: { style: 'percent', maximumFractionDigits: 2 },
  grouped: { maximumFractionDigits: 2, useGrouping: true },
  compact: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
type Style = keyof typeof STYLES | number;

/** Formatters are costly to make and are asked for per number: each is made once, under a short key. */
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, style: Style): Intl.NumberFormat {
  const key = `${lang}${style}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, typeof style === 'number' ? { maximumFractionDigits: style } : STYLES[style])));
  return f;
}

/** A plain number: "11,000" (en), "11.000" (de), "11 000" (nb, fr). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return nf(lang, maximumFractionDigits).format(value);
}

/** "16%" (en, nl), "16 %" (de, nb, es, fr). */
export function formatPercent(value: number, lang: Lang): string {
  return nf(lang, 'percent').format(value / 100);
}

/** Currency names as news writes them, [singular, plural]; others come from Intl.DisplayNames. */
const CURRENCY_NAMES: Record<Lang, Record<string, [string, string]>> = {
  en: { USD: ['dollar', 'dollars'], EUR: ['euro', 'euros'], GBP: ['pound', 'pounds'], NOK: ['Norwegian krone', 'Norwegian kroner'], SEK: ['Swedish krona', 'Swedish kronor'], DKK: ['Danish krone', 'Danish kroner'], CHF: ['Swiss franc', 'Swiss francs'], JPY: ['yen', 'yen'], ARS: ['Argentine peso', 'Argentine pesos'] },
  de: { USD: ['US-Dollar', 'US-Dollar'], EUR: ['Euro', 'Euro'], GBP: ['Pfund', 'Pfund'], NOK: ['norwegische Krone', 'norwegische Kronen'], SEK: ['schwedische Krone', 'schwedische Kronen'], DKK: ['dänische Krone', 'dänische Kronen'], CHF: ['Franken', 'Franken'], JPY: ['Yen', 'Yen'], ARS: ['argentinischer Peso', 'argentinische Pesos'] },
  nl: { USD: ['dollar', 'dollar'], EUR: ['euro', 'euro'], GBP: ['pond', 'pond'], NOK: ['Noorse kroon', 'Noorse kronen'], SEK: ['Zweedse kroon', 'Zweedse kronen'], DKK: ['Deense kroon', 'Deense kronen'], CHF: ['Zwitserse frank', 'Zwitserse frank'], JPY: ['yen', 'yen'], ARS: ['Argentijnse peso', 'Argentijnse peso'] },
  nb: { USD: ['dollar', 'dollar'], EUR: ['euro', 'euro'], GBP: ['pund', 'pund'], NOK: ['krone', 'kroner'], SEK: ['svensk krone', 'svenske kroner'], DKK: ['dansk krone', 'danske kroner'], CHF: ['sveitsisk franc', 'sveitsiske franc'], JPY: ['yen', 'yen'], ARS: ['argentinsk peso', 'argentinske pesos'] },
  es: { USD: ['dólar', 'dólares'], EUR: ['euro', 'euros'], GBP: ['libra', 'libras'], NOK: ['corona noruega', 'coronas noruegas'], SEK: ['corona sueca', 'coronas suecas'], DKK: ['corona danesa', 'coronas danesas'], CHF: ['franco suizo', 'francos suizos'], JPY: ['yen', 'yenes'], ARS: ['peso argentino', 'pesos argentinos'] },
  fr: { USD: ['dollar', 'dollars'], EUR: ['euro', 'euros'], GBP: ['livre', 'livres'], NOK: ['couronne norvégienne', 'couronnes norvégiennes'], SEK: ['couronne suédoise', 'couronnes suédoises'], DKK: ['couronne danoise', 'couronnes danoises'], CHF: ['franc suisse', 'francs suisses'], JPY: ['yen', 'yens'], ARS: ['peso argentin', 'pesos argentins'] },
};

/** English puts these symbols before the figure: "$11 billion", "€3.1 million". */
const EN_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Words for "about" in front of an approximate amount. */
const ABOUT: Record<Lang, string> = { en: 'about', de: 'rund', nl: 'ongeveer', nb: 'rundt', es: 'unos', fr: 'environ' };

function currencyName(code: string, lang: Lang, plural: boolean): string {
  const names = CURRENCY_NAMES[lang][code];
  if (names) return names[plural ? 1 : 0];
  try {
    return new Intl.DisplayNames([lang], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The figure with its scale word: "11 billion", "3,1 Milliarden", "11.000 millones". */
export function formatScaled(amount: number, lang: Lang): { figure: string; scaled: boolean } {
  const abs = Math.abs(amount);
  if (lang === 'es' && abs >= 1e6) {
    // Spanish news writes thousands of millions: "11.000 millones", "2,4 millones".
    const millions = amount / 1e6;
    const word = Math.abs(millions) === 1 ? 'millón' : 'millones';
    return { figure: `${nf(lang, 'grouped').format(millions)} ${word}`, scaled: true };
  }
  if (abs >= 1e6) {
    return { figure: nf(lang, 'compact').format(amount), scaled: true };
  }
  return { figure: formatNumber(amount, lang), scaled: false };
}

/** Money for a reader of `lang`: "$11 billion", "rund 11 Milliarden US-Dollar". */
export function formatMoney(amount: number, currency: string, lang: Lang, approximate = false): string {
  const { figure, scaled } = formatScaled(amount, lang);
  let text: string;
  if (lang === 'en' && EN_SYMBOLS[currency]) text = `${EN_SYMBOLS[currency]}${figure}`;
  else {
    const plural = scaled || Math.abs(amount) !== 1;
    const name = currencyName(currency, lang, plural);
    const of = scaled && (lang === 'es' || lang === 'fr') ? (lang === 'fr' && /^[aeiouéèh]/i.test(name) ? "d'" : 'de ') : '';
    text = `${figure} ${of}${name}`;
  }
  return approximate ? `${ABOUT[lang]} ${text}` : text;
}

/** A speed-up factor: "10 times", "10-mal", "10 keer", "10 ganger", "10 veces", "10 fois". */
export function formatFactor(factor: number, lang: Lang): string {
  const n = formatNumber(factor, lang);
  switch (lang) {
    case 'en':
      return factor === 2 ? 'twice' : `${n} times`;
    case 'de':
      return `${n}-mal`;
    case 'nl':
      return `${n} keer`;
    case 'nb':
      return `${n} ganger`;
    case 'es':
      return `${n} veces`;
    case 'fr':
      return `${n} fois`;
  }
}

/**
 * Words with single spaces between them, of printable ASCII, Latin-1 letters,
 * guillemets, dashes, curly quotes and the euro sign: what NFKC and spacing
 * leave as it is (none of them decomposes or composes with another).
 */
const PLAIN_CHAR = '[\\x21-\\x7e\\u00ab\\u00bb\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u20ac]';
const PLAIN = new RegExp(`^${PLAIN_CHAR}+(?: ${PLAIN_CHAR}+)*$`);

/** The form in which sameWhenFormatted compares texts: equal forms read the same. */
export function formattedForm(s: string): string {
  // Most options are plain: they are only put in lower case (twice as fast).
  return (PLAIN.test(s) ? s : s.normalize('NFKC').replace(/\s+/g, ' ').trim()).toLowerCase();
}

/** Two amounts read the same after formatting (used to keep options distinct). */
export function sameWhenFormatted(a: string, b: string): boolean {
  return formattedForm(a) === formattedForm(b);
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** A list joined as the language does: "A, B and C" (en uses the serial comma), "A, B und C", "A, B og C". */
export function formatList(items: readonly string[], lang: Lang): string {
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' })));
  return f.format(items);
}
