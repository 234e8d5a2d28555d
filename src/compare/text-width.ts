/**
 * Terminal columns of text: combining marks take none, East Asian wide and
 * fullwidth characters and emoji take two, everything else one.
 */

const ZERO = /[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]/u;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

function charWidth(c: string): number {
  if (ZERO.test(c)) return 0;
  return WIDE.test(c) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

/** `text` cut to at most `width` columns, with "…" where it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const c of text) {
    const cw = charWidth(c);
    if (w + cw > width - 1) break;
    out += c;
    w += cw;
  }
  return out + '…';
}

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
