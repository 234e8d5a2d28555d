/** Paragraphs of an article body: every line is one (see splitSentences). */

export interface TextRange {
  start: number;
  end: number;
}

/** The line of `body` around offset `pos`, without its line break. */
export function paragraphAt(body: string, pos: number): TextRange {
  const start = body.lastIndexOf('\n', pos - 1) + 1;
  const end = body.indexOf('\n', pos);
  return { start, end: end < 0 ? body.length : end };
}
