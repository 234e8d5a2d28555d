/** Styled text the screens lay out themselves, so that every frame's height is known. */

/** What a colour means; the theme maps tones to colours (or to none, under NO_COLOR). */
export type Tone = 'good' | 'bad' | 'accent' | 'muted' | 'warn';

export interface Style {
  tone?: Tone;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export interface Span extends Style {
  text: string;
}

/** One terminal row. */
export type Line = Span[];

/** A paragraph to wrap: `prefix` starts its first row ("• ", "1. "), later rows are indented to match. */
export interface Block {
  spans: Span[];
  prefix?: Span;
  /** Columns of indentation before every row. */
  indent?: number;
  /** Already laid out (a table): rows are kept as they are, only cut to the width. */
  pre?: boolean;
}

export function span(text: string, style: Style = {}): Span {
  return { text, ...style };
}

export function block(spans: Span[] | string, extra: Omit<Block, 'spans'> = {}): Block {
  return { spans: typeof spans === 'string' ? [span(spans)] : spans, ...extra };
}

/** An empty row between blocks. */
export const BLANK: Block = { spans: [] };

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}
