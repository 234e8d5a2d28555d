/** The offer to resume an unfinished quiz: how far it went, then Resume / Start over. */
import { catalog } from '../../i18n/catalog.js';
import type { State } from '../state/types.js';
import { block, span } from '../text/rich.js';
import { wrapBlocks } from '../text/wrap.js';
import { frame, textWidth, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';
import { optionRows } from './options.js';

const NAME = 'eternaut-quiz';

/** The offer's frame, and its two labels wrapped to the width (rows joined by newlines). */
export function resumeLayout(state: State, size: Size): { framed: Framed; labels: string[] } {
  const ui = catalog(state.lang).ui;
  const h = hints(ui);
  const answered = state.unfinished?.answers.length ?? 0;
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(' · '), span(ui.resume.title, { bold: true })])];
  const body = [block(ui.resume.unfinished(answered, state.questions.length))];
  const width = textWidth(size);
  const labels = [ui.resume.resume, ui.resume.startOver].map((label) => optionRows(label, width));
  const bodyRows = wrapBlocks(body, width).length + labels.reduce((n, rows) => n + rows.length, 0);
  const framed = frame({ title, body, keys: [h.move, h.choose, h.quit], page: 0, bodyRows }, size, ui);
  return { framed, labels: labels.map((rows) => rows.join('\n')) };
}
