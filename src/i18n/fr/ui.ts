import type { UiText } from '../sections/ui.js';

export const ui: UiText = {};
