/** The offer to resume an unfinished quiz: how far it went, then Resume / Start over. */
import { catalog } from '../../i18n/catalog.js';
import type { State } from '../state/types.js';
import { block, span } from '../text/rich.js';
import type { Framed, Size } from './frame.js';
import { choicesLayout, NAME } from './options.js';

/** The offer's frame, and its two labels wrapped to the width (rows joined by newlines). */
export function resumeLayout(state: State, size: Size): { framed: Framed; labels: string[] } {
  const ui = catalog(state.lang).ui;
  const title = [block([span(NAME, { bold: true, tone: 'accent' }), span(' · '), span(ui.resume.title, { bold: true })])];
  const body = [block(ui.resume.unfinished(state.unfinished?.answers.length ?? 0, state.questions.length))];
  return choicesLayout(title, body, [ui.resume.resume, ui.resume.startOver], size, ui);
}
