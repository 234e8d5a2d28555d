/** Splitting rows into pages of a fixed height. */
import type { Line } from './rich.js';

const isBlank = (line: Line) => line.every((s) => !s.text.trim());

/** Pages of at most `height` rows (at least one page); a page never starts with an empty row. */
export function paginate(lines: readonly Line[], height: number): Line[][] {
  const h = Math.max(1, height);
  const pages: Line[][] = [];
  let page: Line[] = [];
  for (const line of lines) {
    if (page.length === 0 && pages.length > 0 && isBlank(line)) continue;
    page.push(line);
    if (page.length === h) {
      pages.push(page);
      page = [];
    }
  }
  if (page.length || pages.length === 0) pages.push(page);
  return pages;
}

export function clampPage(page: number, pages: number): number {
  return Math.max(0, Math.min(page, pages - 1));
}
