/** Colours of the tones, or none at all (NO_COLOR, FORCE_COLOR=0, a dumb terminal). */
import { createContext } from 'react';
import type { ColorLevel } from '../util/color.js';
import type { Tone } from './text/rich.js';

export type Palette = Record<Tone, string | undefined>;

const COLOURS: Palette = { good: 'green', bad: 'red', accent: 'cyan', muted: 'gray', warn: 'yellow' };
const NONE: Palette = { good: undefined, bad: undefined, accent: undefined, muted: undefined, warn: undefined };

export function paletteFor(level: ColorLevel): Palette {
  return level > 0 ? COLOURS : NONE;
}

export const ThemeContext = createContext<Palette>(NONE);
