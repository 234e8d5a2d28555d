import type { Plugin } from 'esbuild';

export function latin1Source(source: string, file: string): string;
export const latin1Sources: Plugin;
export function assertLatin1(bundle: string, name: string): void;
