/**
 * Values of the matrix for a reader: in full for running text ("rund 11
 * Milliarden US-Dollar") and short for a matrix cell ("≈11 Mrd. $").
 */
import type { Fact, Lang } from '../facts.js';
import { formatFactor, formatMoney, formatPercent } from '../i18n/format.js';

const compactMoney = new Map<string, Intl.NumberFormat>();

/** "$11B", "11 Mrd. $", "3,1 mrd. USD": Intl's compact currency form. */
function shortMoney(amount: number, currency: string, lang: Lang): string {
  const key = `${lang}:${currency}`;
  let f = compactMoney.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 4 });
    compactMoney.set(key, f);
  }
  return f.format(amount);
}

/**
 * The value a fact states, formatted; undefined for statements and names
 * (they have no value beyond being stated).
 */
export function formatValue(fact: Fact, lang: Lang, style: 'full' | 'short'): string | undefined {
  switch (fact.kind) {
    case 'speedup':
      return formatFactor(fact.factor, lang);
    case 'percent':
      return formatPercent(fact.value, lang);
    case 'money':
      return style === 'full'
        ? formatMoney(fact.amount, fact.currency, lang, fact.approximate)
        : `${fact.approximate ? '≈' : ''}${shortMoney(fact.amount, fact.currency, lang)}`;
    default:
      return undefined;
  }
}
