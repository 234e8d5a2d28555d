/** The two or three most central sentences of the original, for language practice. */
import type { Sentence } from '../facts.js';
import type { Ranking } from './centrality.js';
import type { Quote } from './types.js';
import { occurrences } from '../text/occurrences.js';

/** Two sentences this similar say the same thing; only the more central one is quoted. */
const NEAR_DUPLICATE = 0.5;
/** Articles with at least this many quotable sentences get three quotes, shorter ones two. */
const THREE_FROM = 6;

const PAIRS: Array<[string, string]> = [['“', '”'], ['„', '“'], ['«', '»'], ['‘', '’']];

/** The span without its first character (`atStart`) or its last. */
function stripped({ text, start, end }: Sentence, atStart: boolean): Sentence {
  return atStart ? { text: text.slice(1), start: start + 1, end } : { text: text.slice(0, -1), start, end: end - 1 };
}

/**
 * The sentence without a quotation mark that opens or closes a quote spanning
 * several sentences ("Vi er fortsatt overbevist … billigere."), which would stand
 * unmatched in the quote. (Helpers at module level: a function made per call
 * costs more than its work under the loader's keep-names.)
 */
function withoutStrayQuoteMark(s: Sentence): Quote {
  let span = s;
  if (occurrences(span.text, '"') % 2 === 1) span = stripped(span, span.text.startsWith('"'));
  for (const [open, close] of PAIRS) {
    if (span.text.startsWith(open) && occurrences(span.text, close) < occurrences(span.text, open)) span = stripped(span, true);
    else if (span.text.endsWith(close) && occurrences(span.text, open) < occurrences(span.text, close)) span = stripped(span, false);
  }
  const { text, start, end } = span;
  const trimmed = text.trim();
  const evidence = { text: trimmed, sentence: s.text, start: start + text.length - text.trimStart().length, end: end - (text.length - text.trimEnd().length) };
  return { text: trimmed, evidence };
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
