/** An original sentence in quotation marks, with the exact words of the evidence stressed. */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import { span, type Span } from '../text/rich.js';

export function quotedSentence(sentence: string, words: string, lang: Lang): Span[] {
  const [open = '"', close = '"'] = catalog(lang).quiz.quote('\u0000').split('\u0000');
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return [span(open + sentence + close, { italic: true })];
  return [
    span(open + sentence.slice(0, at), { italic: true }),
    span(words, { bold: true, underline: true, italic: true }),
    span(sentence.slice(at + words.length) + close, { italic: true }),
  ];
}
