/**
 * Values of the matrix for a reader: in full for running text ("rund 11
 * Milliarden US-Dollar") and short for a matrix cell ("≈11 Mrd. $", or
 * "≈11 Mrd." when the row names the currency).
 */
import type { Fact, Lang } from '../facts.js';
import { formatFactor, formatMoney, formatPercent } from '../i18n/format.js';

const compact = new Map<string, Intl.NumberFormat>();

/** Intl's compact form, with the currency when one is given: "$11B", "11 Mrd. $", "11 Mrd.". */
function compactAmount(amount: number, lang: Lang, currency?: string): string {
  const key = `${lang}:${currency ?? ''}`;
  let f = compact.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { notation: 'compact', maximumSignificantDigits: 4 };
    f = new Intl.NumberFormat(lang, currency ? { ...options, style: 'currency', currency } : options);
    compact.set(key, f);
  }
  return f.format(amount);
}

export interface ValueStyle {
  /** The short form of a matrix cell. */
  short?: boolean;
  /** Leave the currency out of a short amount (the row names it). */
  withoutCurrency?: boolean;
}

/**
 * The value a fact states, formatted; undefined for statements and names
 * (they have no value beyond being stated).
 */
export function formatValue(fact: Fact, lang: Lang, style: ValueStyle = {}): string | undefined {
  switch (fact.kind) {
    case 'speedup':
      return formatFactor(fact.factor, lang);
    case 'percent':
      return formatPercent(fact.value, lang);
    case 'money':
      if (!style.short) return formatMoney(fact.amount, fact.currency, lang, fact.approximate);
      return `${fact.approximate ? '≈' : ''}${compactAmount(fact.amount, lang, style.withoutCurrency ? undefined : fact.currency)}`;
    default:
      return undefined;
  }
}
