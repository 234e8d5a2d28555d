/** Word wrapping of styled text into rows of a given width. */
import type { Block, Line, Span, Style } from './rich.js';
import { displayWidth, graphemeWidth, splitGraphemes, truncate } from '../../text/width.js';

type Word = Span[];
type Token = { kind: 'word'; word: Word; style: Style } | { kind: 'space'; style: Style } | { kind: 'newline' };

function styleOf(s: Span): Style {
  const { text: _text, ...style } = s;
  return style;
}

function sameStyle(a: Style, b: Style): boolean {
  return a.tone === b.tone && !!a.bold === !!b.bold && !!a.dim === !!b.dim && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.inverse === !!b.inverse;
}

/** Joins neighbouring spans of the same style. */
function merge(line: Span[]): Line {
  const out: Span[] = [];
  for (const s of line) {
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else if (s.text) out.push({ ...s });
  }
  return out;
}

/** Words may run across spans ("“" + quote + "”"); only spaces and newlines break them. */
function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let word: Word = [];
  const flush = () => {
    if (word.length) tokens.push({ kind: 'word', word, style: styleOf(word[0]!) });
    word = [];
  };
  for (const s of spans) {
    for (const part of s.text.split(/(\n| +)/)) {
      if (!part) continue;
      if (part === '\n') {
        flush();
        tokens.push({ kind: 'newline' });
      } else if (part.startsWith(' ')) {
        flush();
        tokens.push({ kind: 'space', style: styleOf(s) });
      } else word.push({ ...s, text: part });
    }
  }
  flush();
  return tokens;
}

function wordWidth(word: Word): number {
  return word.reduce((w, s) => w + displayWidth(s.text), 0);
}

/** Splits a word wider than the row into pieces of at most `width` columns. */
function hardBreak(word: Word, width: number): Word[] {
  const pieces: Word[] = [];
  let current: Span[] = [];
  let w = 0;
  for (const s of word) {
    let text = '';
    for (const g of splitGraphemes(s.text)) {
      const gw = graphemeWidth(g);
      if (w + gw > width && w > 0) {
        if (text) current.push({ ...s, text });
        pieces.push(current);
        current = [];
        text = '';
        w = 0;
      }
      text += g;
      w += gw;
    }
    if (text) current.push({ ...s, text });
  }
  if (current.length) pieces.push(current);
  return pieces;
}

/** Rows split at newlines only, each cut to `width` columns (with "…"). */
function preformatted(spans: readonly Span[], width: number): Line[] {
  const rows: Span[][] = [[]];
  for (const s of spans) {
    s.text.split('\n').forEach((part, i) => {
      if (i > 0) rows.push([]);
      if (part) rows[rows.length - 1]!.push({ ...s, text: part });
    });
  }
  return rows.map((row) => merge(cutRow(row, width)));
}

function cutRow(row: Span[], width: number): Span[] {
  if (wordWidth(row) <= width) return row;
  const out: Span[] = [];
  let left = width;
  for (const s of row) {
    const w = displayWidth(s.text);
    if (w < left) {
      out.push(s);
      left -= w;
    } else {
      out.push({ ...s, text: truncate(s.text + '…', left) });
      break;
    }
  }
  return out;
}

/** Wraps a block to `width` columns; an empty block gives one empty row. */
export function wrapBlock(b: Block, width: number): Line[] {
  if (b.pre) return preformatted(b.spans, width);
  const indent = ' '.repeat(Math.max(0, b.indent ?? 0));
  const prefixWidth = b.prefix ? displayWidth(b.prefix.text) : 0;
  const avail = Math.max(1, width - indent.length - prefixWidth);
  const rows: Span[][] = [];
  let row: Span[] = [];
  let rowWidth = 0;
  let pendingSpace: Style | null = null;
  const newRow = () => {
    rows.push(row);
    row = [];
    rowWidth = 0;
    pendingSpace = null;
  };
  for (const t of tokenize(b.spans)) {
    if (t.kind === 'newline') newRow();
    else if (t.kind === 'space') pendingSpace = rowWidth > 0 ? t.style : null;
    else {
      const w = wordWidth(t.word);
      const gap = pendingSpace ? 1 : 0;
      if (rowWidth > 0 && rowWidth + gap + w > avail) newRow();
      else if (pendingSpace) {
        row.push({ ...pendingSpace, text: ' ' });
        rowWidth += 1;
      }
      pendingSpace = null;
      const pieces = w > avail ? hardBreak(t.word, avail) : [t.word];
      pieces.forEach((piece, i) => {
        if (i > 0) newRow();
        row.push(...piece);
        rowWidth += wordWidth(piece);
      });
    }
  }
  rows.push(row);
  return rows.map((r, i) => {
    const lead: Span[] = [];
    if (indent) lead.push({ text: indent });
    if (b.prefix) lead.push(i === 0 ? b.prefix : { text: ' '.repeat(prefixWidth) });
    return merge([...lead, ...r]);
  });
}

export function wrapBlocks(blocks: readonly Block[], width: number): Line[] {
  return blocks.flatMap((b) => wrapBlock(b, width));
}

