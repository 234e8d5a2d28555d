/** Currency signs and ISO 4217 codes, shared by every language. */

/** Signs written next to a figure, most specific first; a bare "$" is added per language. */
export const SIGNS: ReadonlyArray<readonly [string, string]> = [
  [String.raw`US\$|U\.S\.\$|US-\$`, 'USD'],
  [String.raw`C\$|CA\$`, 'CAD'],
  [String.raw`A\$|AU\$`, 'AUD'],
  [String.raw`NZ\$`, 'NZD'],
  [String.raw`HK\$`, 'HKD'],
  [String.raw`S\$`, 'SGD'],
  [String.raw`R\$`, 'BRL'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
];

/** The bare dollar sign, read as US dollars where the language's press does so. */
export const DOLLAR_SIGN: readonly [string, string] = [String.raw`\$`, 'USD'];

/** ISO codes recognised next to a figure ("USD 11bn", "3,1 mrd. NOK"); upper case only. */
export const CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'NOK', 'SEK', 'DKK', 'ISK', 'CAD', 'AUD', 'NZD', 'HKD',
  'SGD', 'INR', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'KRW', 'PLN', 'CZK', 'HUF', 'ZAR', 'TRY',
];

/** Whether `text` is one of CODES, written in upper case. */
export function isCode(text: string): boolean {
  return CODES.includes(text);
}
