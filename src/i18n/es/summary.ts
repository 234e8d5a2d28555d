import type { SummaryText } from '../sections/summary.js';

export const summary: SummaryText = {};
