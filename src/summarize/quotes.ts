/** The two or three most central sentences of the original, for language practice. */
import type { Sentence } from '../facts.js';
import type { Ranking } from './centrality.js';
import type { Quote } from './types.js';

/** Two sentences this similar say the same thing; only the more central one is quoted. */
const NEAR_DUPLICATE = 0.5;
/** Articles with at least this many quotable sentences get three quotes, shorter ones two. */
const THREE_FROM = 6;

const PAIRS: Array<[string, string]> = [['“', '”'], ['„', '“'], ['«', '»'], ['‘', '’']];

/**
 * The sentence without a quotation mark that opens or closes a quote spanning
 * several sentences ("Vi er fortsatt overbevist … billigere."), which would stand
 * unmatched in the quote.
 */
function withoutStrayQuoteMark(s: Sentence): Quote {
  let { start, end, text } = s;
  const count = (c: string) => text.split(c).length - 1;
  const strip = (atStart: boolean) => {
    if (atStart) start++;
    else end--;
    text = atStart ? text.slice(1) : text.slice(0, -1);
  };
  if (count('"') % 2 === 1) strip(text.startsWith('"'));
  for (const [open, close] of PAIRS) {
    if (text.startsWith(open) && count(close) < count(open)) strip(true);
    else if (text.endsWith(close) && count(open) < count(close)) strip(false);
  }
  const trimmed = text.trim();
  start += text.length - text.trimStart().length;
  end -= text.length - text.trimEnd().length;
  return { text: trimmed, evidence: { text: trimmed, sentence: s.text, start, end } };
}

export function pickQuotes({ ranked, similarity }: Ranking): Quote[] {
  const want = ranked.length >= THREE_FROM ? 3 : 2;
  const chosen: typeof ranked = [];
  for (const r of ranked) {
    if (chosen.length === want) break;
    if (chosen.some((c) => similarity(c.index, r.index) > NEAR_DUPLICATE)) continue;
    chosen.push(r);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ sentence }) => withoutStrayQuoteMark(sentence));
}
