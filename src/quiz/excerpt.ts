/** The words of an article quoted in an explanation: the evidence with some of its sentence around it. */
import type { Article, Evidence } from '../facts.js';
import type { QuestionEvidence } from './types.js';

/** At most this many characters of the sentence are quoted. */
const MAX_QUOTE = 180;

/** The sentence of `evidence` when short, else a window around the evidence cut at word boundaries. */
export function excerpt(article: Article, evidence: Evidence): string {
  const sentence = article.sentences.find((s) => s.start <= evidence.start && evidence.end <= s.end);
  const whole = evidence.sentence.replace(/\s+/g, ' ').trim();
  if (whole.length <= MAX_QUOTE) return whole;
  if (!sentence) return evidence.text;
  const from = evidence.start - sentence.start;
  const to = evidence.end - sentence.start;
  const room = Math.max(0, MAX_QUOTE - (to - from));
  let start = Math.max(0, from - Math.floor(room / 2));
  let end = Math.min(sentence.text.length, to + (room - (from - start)));
  start = Math.max(0, Math.min(start, end - MAX_QUOTE));
  // Move inwards to whole words.
  if (start > 0) start = Math.min(from, nextWordStart(sentence.text, start));
  if (end < sentence.text.length) end = Math.max(to, lastWordEnd(sentence.text, end));
  const body = sentence.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < sentence.text.length ? '…' : ''}`;
}

function nextWordStart(text: string, i: number): number {
  const m = /\s\S/u.exec(text.slice(i));
  return m ? i + m.index + 1 : i;
}

function lastWordEnd(text: string, i: number): number {
  const before = text.slice(0, i);
  const m = /\S\s[^\s]*$/u.exec(before);
  return m ? m.index + 1 : i;
}

/** The evidence as a question carries it. */
export function questionEvidence(article: Article, evidence: Evidence): QuestionEvidence {
  return { file: article.file, text: evidence.text, sentence: evidence.sentence };
}
