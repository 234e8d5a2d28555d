/** Building evidence from matches in an article body. */
import type { Article, Evidence, Sentence } from '../facts.js';
import { sentenceAt } from '../text/sentences.js';

/**
 * Evidence for `body.slice(start, end)`, or undefined when the span is empty
 * or crosses a sentence boundary (a fact is stated within one sentence).
 */
export function evidenceAt(article: Article, start: number, end: number): Evidence | undefined {
  // Trim white space and trailing punctuation that a pattern may have taken.
  while (start < end && /\s/.test(article.body[start]!)) start++;
  while (end > start && /[\s,;:]/.test(article.body[end - 1]!)) end--;
  if (start >= end) return undefined;
  const sentence = sentenceAt(article.sentences, start);
  if (!sentence || end > sentence.end) return undefined;
  return { text: article.body.slice(start, end), sentence: sentence.text, start, end };
}

export interface SentenceMatch {
  sentence: Sentence;
  match: RegExpExecArray;
  /** Offset of the match in the article body. */
  start: number;
}

/**
 * Every match of `re` (which must have the g flag) inside each sentence of the
 * article. `needs`, when given, is a cheap test that every sentence with a
 * match passes: sentences that fail it are not searched.
 */
export function* matchSentences(article: Article, re: RegExp, needs?: (text: string) => boolean): Generator<SentenceMatch> {
  yield* matchEach(needs ? article.sentences.filter((s) => needs(s.text)) : article.sentences, re);
}

/** Every match of `re` (which must have the g flag) inside each of `sentences`. */
export function* matchEach(sentences: readonly Sentence[], re: RegExp): Generator<SentenceMatch> {
  if (!re.global) throw new Error('matchSentences needs a global regex');
  for (const sentence of sentences) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence.text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { sentence, match: m, start: sentence.start + m.index };
    }
  }
}
