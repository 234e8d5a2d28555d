/** Fitting and wrapping text to terminal columns, for the compare layouts. */
import { displayWidth, truncate } from '../text/width.js';

export { displayWidth, truncate };

/** `text` cut or padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const t = truncate(text, width);
  return t + ' '.repeat(Math.max(0, width - displayWidth(t)));
}

/**
 * Word-wraps `text` to `width` columns, keeping its leading spaces on the
 * first line; continuation lines start with `indent`. A word longer than a
 * line is cut. No-break spaces do not break.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
  let line = '';
  // Only ordinary spaces break: a no-break space keeps its neighbours together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line === '') line = lead + word;
    else if (displayWidth(`${line} ${word}`) <= width) line += ` ${word}`;
    else {
      lines.push(truncate(line, width));
      line = indent + word;
    }
  }
  if (line !== '') lines.push(truncate(line, width));
  return lines;
}
