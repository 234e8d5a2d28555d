/**
 * The language picker, written straight to the terminal while Ink and React
 * load: the rows Ink is about to draw, from the same layout, so that Ink's
 * first frame lands on them unchanged. Raw mode is on already (see
 * enterFullScreen), so keys pressed meanwhile are neither echoed nor lost: Ink
 * reads them when ready.
 */
import chalk from 'chalk';
import type { Size } from './layout/frame.js';
import { languageItems } from './layout/menus.js';
import { layoutScreen } from './layout/screen.js';
import type { Lesson } from './lesson.js';
import { initialState, type Init } from './state/reducer.js';
import type { Line, Span } from './text/rich.js';
import type { Palette } from './theme.js';

const HOME = '\u001b[H';
const HIDE_CURSOR = '\u001b[?25l';

function styled(s: Span, palette: Palette): string {
  let c = chalk;
  const colour = s.tone && palette[s.tone];
  if (colour) c = c[colour as 'cyan'];
  if (s.bold) c = c.bold;
  if (s.dim) c = c.dim;
  if (s.italic) c = c.italic;
  if (s.underline) c = c.underline;
  if (s.inverse) c = c.inverse;
  return c(s.text);
}

const row = (line: Line, palette: Palette) => ` ${line.map((s) => styled(s, palette)).join('')}`;

/** The rows of the language picker as Ink draws them (see Frame, OptionList), or none when the picker is not the first screen. */
export function firstFrameRows(init: Init, lesson: Lesson, size: Size, palette: Palette): string[] | undefined {
  const layout = layoutScreen(initialState(init), lesson, size);
  if (layout.kind !== 'language') return undefined;
  const { framed, cursor } = layout;
  const options = languageItems().map((label, i) =>
    i === cursor ? ` ${styled({ text: '❯', tone: 'accent', bold: true }, palette)} ${styled({ text: label, tone: 'accent', bold: true }, palette)}` : `   ${label}`,
  );
  const body = [...options, ...Array<string>(Math.max(0, framed.bodyHeight - options.length)).fill('')].slice(0, framed.bodyHeight);
  return [
    ...framed.title.map((l) => row(l, palette)),
    row(framed.rule, palette),
    ...body,
    row([{ text: '─'.repeat(framed.width), tone: 'muted' }], palette),
    ...framed.footer.map((l) => row(l, palette)),
  ];
}

/** Draws the picker now, on the alternate screen already entered (in raw mode), and leaves the cursor where Ink starts. */
export function paintFirstFrame(stdout: NodeJS.WriteStream, rows: readonly string[]): void {
  stdout.write(HIDE_CURSOR + rows.join('\n') + HOME);
}
