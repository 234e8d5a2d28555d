import type { BuildOptions, Plugin } from 'esbuild';

export const programBundle: BuildOptions;

export const stubInkDevtools: Plugin;
export const inkBundleBanner: string;
export function gateRgiEmoji(source: string): string;
export const gateStringWidthEmoji: Plugin;
export function cursorShowOnlyToTerminal(source: string): string;
export const restoreCursorToTerminal: Plugin;
