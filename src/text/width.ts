/** How many terminal columns text takes: wide East Asian characters and emoji 2, marks 0. */

let segmenter: Intl.Segmenter | undefined;
const graphemes = () => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
/**
 * Text made only of characters that take one column each and are each a
 * grapheme of their own, however they are combined: printable ASCII, Latin-1
 * and the Latin extensions (no combining marks), general punctuation (no
 * zero-width, bidi or separator characters), arrows, box drawing and blocks,
 * ✓ ✗ ❯. Most screen text is; it is measured without segmenting it.
 */
const ONE_COLUMN_EACH = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u202f-\u205e\u2190-\u21ff\u2500-\u259f\u2713\u2717\u276f]*$/;
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u2329\u232a\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{1f680}-\u{1f6ff}\u{1fa70}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO = /^[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]+$/u;

export function graphemeWidth(g: string): number {
  if (ZERO.test(g)) return 0;
  return WIDE.test(g) ? 2 : 1;
}

export function splitGraphemes(text: string): string[] {
  if (ONE_COLUMN_EACH.test(text)) return text.split('');
  return Array.from(graphemes().segment(text), (s) => s.segment);
}

export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  let w = 0;
  for (const g of splitGraphemes(text)) w += graphemeWidth(g);
  return w;
}

/** Cuts text to at most `width` columns, ending with "…" when it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const g of splitGraphemes(text)) {
    const gw = graphemeWidth(g);
    if (w + gw > width - 1) break;
    out += g;
    w += gw;
  }
  return out.trimEnd() + '…';
}
