/**
 * The frame every screen shares: title rows, a rule, the body (paged), a rule
 * and the key hints. All of it is laid out here, so a frame is never taller
 * than the terminal: one row less than it, which keeps Ink from clearing the
 * screen on every render. A frame also knows the rows it needs to be read
 * (`need`); below that the screen asks for a larger terminal instead.
 */
import type { UiText } from '../../i18n/sections/ui.js';
import type { Block, Line, Span } from '../text/rich.js';
import { block, span } from '../text/rich.js';
import { clampPage, paginate } from '../text/page.js';
import { wrapBlocks } from '../text/wrap.js';

export interface Size {
  columns: number;
  rows: number;
}

/** Below this the lesson shows only a request for a larger terminal (it reads well from 60×20 up). */
export const MIN_SIZE: Size = { columns: 40, rows: 12 };
/** A paged body shorter than this is no longer read a page at a time. */
const MIN_PAGE_ROWS = 3;

export function tooSmall(size: Size): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}
/** Text gets no wider than this, however wide the terminal. */
const MAX_WIDTH = 110;

export interface KeyHint {
  keys: string;
  label: string;
}

export interface FrameInput {
  title: Block[];
  body: Block[];
  keys: KeyHint[];
  /** A question shown above the key hints (the "leave the quiz?" prompt). */
  prompt?: Block[];
  page: number;
  /** Rows the body needs whole (an option list the screen draws itself); a paged body needs MIN_PAGE_ROWS. */
  bodyRows?: number;
}

export interface Framed {
  width: number;
  title: Line[];
  /** The rule under the title, with the page number when there are pages. */
  rule: Line;
  /** The rows of the current page. */
  body: Line[];
  /** Rows available to the body. */
  bodyHeight: number;
  footer: Line[];
  page: number;
  pages: number;
  /** Terminal rows this frame needs: title, rules, key hints, the free row and the least body it reads with. */
  need: number;
}

/** Columns of text inside the frame's one-column margins. */
export function textWidth(size: Size): number {
  return Math.max(20, Math.min(MAX_WIDTH, size.columns - 2));
}

const NBSP = '\u00a0';

/** "↑↓ move · Enter choose · q quit", each hint unbreakable so rows wrap between hints. */
export function hintsBlock(keys: readonly KeyHint[]): Block {
  const spans: Span[] = [];
  keys.forEach((k, i) => {
    if (i > 0) spans.push(span(' '));
    spans.push(span(k.keys.replace(/ /g, NBSP), { bold: true }));
    spans.push(span(NBSP + k.label.replace(/ /g, NBSP) + (i < keys.length - 1 ? NBSP + '·' : ''), { tone: 'muted' }));
  });
  return block(spans);
}

function rule(width: number, label?: string): Line {
  if (!label) return [span('─'.repeat(width), { tone: 'muted' })];
  const text = ` ${label} ─`;
  return [span('─'.repeat(Math.max(1, width - text.length)) + text, { tone: 'muted' })];
}

export function frame(input: FrameInput, size: Size, text: UiText): Framed {
  const width = textWidth(size);
  const title = wrapBlocks(input.title, width);
  const footer = wrapBlocks([...(input.prompt ?? []), hintsBlock(input.keys)], width);
  // title, rule, body, rule, footer; one row is kept free.
  const chrome = title.length + footer.length + 3;
  const bodyHeight = Math.max(1, size.rows - chrome);
  const rows = wrapBlocks(input.body, width);
  const pages = paginate(rows, bodyHeight);
  const page = clampPage(input.page, pages.length);
  return {
    width,
    title,
    rule: rule(width, pages.length > 1 ? text.pageOf(page + 1, pages.length) : undefined),
    body: pages[page] ?? [],
    bodyHeight,
    footer,
    page,
    pages: pages.length,
    need: chrome + (input.bodyRows ?? Math.max(1, Math.min(MIN_PAGE_ROWS, rows.length))),
  };
}

/** Frames a screen whose body may run over pages: the paging hint comes first, and only when there are pages. */
export function pagedFrame(input: FrameInput, pageHint: KeyHint, size: Size, text: UiText): Framed {
  const single = frame(input, size, text);
  return single.pages > 1 ? frame({ ...input, keys: [pageHint, ...input.keys] }, size, text) : single;
}
