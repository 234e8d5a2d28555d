/** Option labels as the option lists draw them: wrapped beside the "❯ " indicator, never cut. */
import type { UiText } from '../../i18n/sections/ui.js';
import { block, lineText, span, type Block } from '../text/rich.js';
import { wrapBlock, wrapBlocks } from '../text/wrap.js';
import { frame, textWidth, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';

/** The program's name, first in the titles. */
export const NAME = 'eternaut-quiz';

/** Columns the option list puts before each label ("❯ "). */
const INDICATOR = 2;

/** The rows of one label in `width` columns of text (the indicator's taken off); later rows line up after `prefix` ("1. "). */
export function optionRows(text: string, width: number, prefix?: string): string[] {
  return wrapBlock(block(text, prefix ? { prefix: span(prefix) } : {}), width - INDICATOR).map(lineText);
}

/** A frame of text above a list of choices (the menu, the offer to resume), and the labels wrapped to its width (rows joined by newlines). */
export function choicesLayout(title: Block[], body: Block[], choices: readonly string[], size: Size, ui: UiText): { framed: Framed; labels: string[] } {
  const h = hints(ui);
  const width = textWidth(size);
  const labels = choices.map((label) => optionRows(label, width));
  const bodyRows = wrapBlocks(body, width).length + labels.reduce((n, rows) => n + rows.length, 0);
  const framed = frame({ title, body, keys: [h.move, h.choose, h.quit], page: 0, bodyRows }, size, ui);
  return { framed, labels: labels.map((rows) => rows.join('\n')) };
}
