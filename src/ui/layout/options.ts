/** Option labels as the option lists draw them: wrapped beside the "❯ " indicator, never cut. */
import { block, lineText, span } from '../text/rich.js';
import { wrapBlock } from '../text/wrap.js';

/** Columns the option list puts before each label ("❯ "). */
const INDICATOR = 2;

/** The rows of one label in `width` columns of text (the indicator's taken off); later rows line up after `prefix` ("1. "). */
export function optionRows(text: string, width: number, prefix?: string): string[] {
  return wrapBlock(block(text, prefix ? { prefix: span(prefix) } : {}), width - INDICATOR).map(lineText);
}
