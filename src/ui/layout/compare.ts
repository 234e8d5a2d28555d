/** The compare screen: the compare feature's own layouts (legend, matrix, observations, reports), paged. */
import { layoutLegend, layoutMatrix, layoutObservations, layoutReports, type CompareView } from '../../compare/index.js';
import { catalog } from '../../i18n/catalog.js';
import { block, span, type Block } from '../text/rich.js';
import { pagedFrame, textWidth, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';

const pre = (lines: string[]): Block => block([span(lines.join('\n'))], { pre: true });

export function compareFrame(view: CompareView, size: Size, page: number): Framed {
  const ui = catalog(view.lang).ui;
  const t = catalog(view.lang).compare;
  const h = hints(ui);
  const width = textWidth(size);
  const body: Block[] = [pre(layoutLegend(view, width)), pre([''])];
  const matrixPages = layoutMatrix(view, { width }).pages;
  for (let p = 0; p < matrixPages; p++) body.push(pre(layoutMatrix(view, { width, page: p }).lines), pre(['']));
  body.push(block(t.legend), pre(['']), pre(layoutObservations(view, width)), pre(['']), pre(layoutReports(view, width)));
  const title = [block([span(t.heading(view.matrix.articles.length), { bold: true })])];
  return pagedFrame({ title, body, keys: [h.back, h.menu, h.quit], page }, h.page, size, ui);
}
