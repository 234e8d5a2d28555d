/** A fake Io that collects what a command writes. */
import type { Io } from '../../src/util/io.js';

export interface CapturedIo extends Io {
  out(): string;
  err(): string;
}

export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    env,
    out: () => out,
    err: () => err,
  };
}
