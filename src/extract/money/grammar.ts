/** Recognising amounts of money ("$11 billion", "3,1 Milliarden Euro", "11.000 millones de dólares"). */
import type { Lang } from '../../facts.js';
import { numberWord, numberWordPattern, parseNumeral } from '../../text/numbers.js';
import { DOLLAR_SIGN, SIGNS, isCode, CODES } from './currency.js';
import type { MoneyLexicon } from './lexicon.js';
import { WORD_END, WORD_START, alt, bound, numeral, wholeMatch, words } from './pattern.js';

export interface Amount {
  /** Offsets of the whole expression (with its approximation word) in the text scanned. */
  start: number;
  end: number;
  value: number;
  currency: string;
  approximate: boolean;
  /** Whether a scale word was written ("billion"): a bare "$1.5" before "to $2 billion" is not a value. */
  scaled: boolean;
}

export interface AmountGrammar {
  /** Global regex of amounts, for `matchSentences`. */
  regex: RegExp;
  /** Whether a text may hold an amount: every amount has a digit, or a number word and a scale word ("zwei Millionen Euro"). */
  needs(text: string): boolean;
  /** Regex source of a figure as it stands in a range ("1,5", "$1.5 billion", "1.500 millones de euros"). */
  figure: string;
  /** Regex source of a scale word. */
  scale: string;
  /** Regex source of a currency sign or code. */
  sign: string;
  /** The amount of a match of `regex`, or undefined when it is not one. */
  parse(match: RegExpExecArray, text: string): Amount | undefined;
}

export function amountGrammar(lang: Lang, lex: MoneyLexicon): AmountGrammar {
  const signs = lex.bareDollar ? [...SIGNS, DOLLAR_SIGN] : SIGNS;
  const signSource = alt([...signs.map(([s]) => s), ...CODES.map((c) => `${c}${WORD_END}`)]);
  const scaleSource = alt(lex.scales.map(([s]) => bound(s)));
  const currencySource = alt([...lex.currencies.map(([s]) => bound(s)), ...signs.map(([s]) => s), ...CODES.map((c) => `${c}${WORD_END}`)]);
  const num = numeral(lex.spaceGroups);
  const numberWords = `${WORD_START}(?:${numberWordPattern(lang, { min: 1 })})${WORD_END}`;
  const join = lex.join ? `(?:${lex.join})?` : '';
  const source =
    `(?<approx>${words(lex.approx)}\\s*)?(?:` +
    // Sign first: "$11 billion", "US$ 2.4 million", "€ 3,1 mld.", "USD 11bn".
    `${WORD_START}(?<sign>${signSource})\\s?(?<signNum>${num})(?:[\\s-]?(?<signScale>${scaleSource}))?` +
    '|' +
    // Currency last: "11 Milliarden US-Dollar", "3,1 Md$", "500 000 euros", "zwei Millionen Euro".
    `(?:(?<num>${num})(?:\\s?(?<scale>${scaleSource}))?|(?<wordNum>${numberWords})\\s?(?<wordScale>${scaleSource}))` +
    `\\s?${join}(?<currency>${currencySource})` +
    ')';
  const regex = new RegExp(source, 'giu');
  const scaleWord = new RegExp(scaleSource, 'iu');
  // The amounts without a digit: a number word and a scale word, as the pattern reads them (tested after `scaleWord`, which is cheaper).
  const wordAmount = new RegExp(`${numberWords}\\s?(?:${scaleSource})`, 'iu');
  const figure =
    `(?:${words(lex.approx)}\\s*)?(?:(?:${signSource})\\s?)?(?:${num}|${numberWords})` +
    `(?:[\\s-]?(?:${scaleSource}))?(?:\\s?${join}(?:${currencySource}))?`;

  const currencies = [...signs, ...lex.currencies];
  const scaleOf = (text: string | undefined): number | undefined => (text === undefined ? 1 : wholeMatch(lex.scales, text));
  const currencyOf = (text: string): string | undefined => (isCode(text) ? text : wholeMatch(currencies, text));

  return {
    regex,
    needs: (text) => /\d/.test(text) || (scaleWord.test(text) && wordAmount.test(text)),
    figure,
    scale: scaleSource,
    sign: signSource,
    parse(match, text) {
      const g = match.groups ?? {};
      const rawNum = g.signNum ?? g.num ?? g.wordNum;
      const rawScale = g.signScale ?? g.scale ?? g.wordScale;
      const rawCurrency = g.sign ?? g.currency;
      if (rawNum === undefined || rawCurrency === undefined) return undefined;
      let value = parseNumeral(rawNum, lang);
      if (value === undefined) {
        // A number word is not the tail of a longer numeral ("two hundred million", "vingt-cinq millions").
        const before = text.slice(0, match.index + (g.approx?.length ?? 0));
        const prev = /([\p{L}]+)[\s-]*$/u.exec(before);
        if (/-\s*$/.test(before) || (prev && numberWord(prev[1]!, lang) !== undefined)) return undefined;
        value = numberWord(rawNum, lang);
      }
      const scale = scaleOf(rawScale);
      const currency = currencyOf(rawCurrency.trim());
      if (value === undefined || scale === undefined || currency === undefined) return undefined;
      return {
        start: match.index,
        end: match.index + match[0].length,
        value: Math.round(value * scale * 100) / 100,
        currency,
        approximate: g.approx !== undefined,
        scaled: rawScale !== undefined,
      };
    },
  };
}
