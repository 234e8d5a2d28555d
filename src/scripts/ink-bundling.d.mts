import type { Plugin } from 'esbuild';

export const stubInkDevtools: Plugin;
export const inkBundleBanner: string;
