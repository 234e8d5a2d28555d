/**
 * The comparison of articles: build a view with `compareArticles(all, lang)`,
 * lay it out with `layoutMatrix`, `layoutLegend`, `layoutObservations` and
 * `layoutReports`, or turn it into JSON with `compareJson`.
 */
export { compareArticles, shortName, type CompareOptions, type CompareView } from './view.js';
export { layoutMatrix, cellText, type MatrixLayout, type MatrixLayoutOptions } from './matrix-layout.js';
export { layoutLegend, layoutObservations, layoutReports } from './report-layout.js';
export { compareJson } from './json.js';
export type { Observation, ObservationKind, FileEvidence } from './observations.js';
export type { ArticleReport, Citation, Figure } from './article-report.js';
export { buildMatrix, cellValues, sameValue, type Cell, type Matrix, type Row, type RowKind, type Status, type StatedValue } from './matrix.js';
