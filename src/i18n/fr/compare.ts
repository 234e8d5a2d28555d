import type { CompareText } from '../sections/compare.js';

export const compare: CompareText = {};
