/** "3 minutes, 25 seconds" in the reader's language. */
import type { Lang } from '../facts.js';

export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const unit = (value: number, u: 'minute' | 'second') => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const parts = [...(minutes ? [unit(minutes, 'minute')] : []), ...(seconds || !minutes ? [unit(seconds, 'second')] : [])];
  return new Intl.ListFormat(lang, { type: 'unit', style: 'long' }).format(parts);
}
