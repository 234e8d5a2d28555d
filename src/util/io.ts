/** The streams a command writes to; tests pass their own. */
export interface Io {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number; rows?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Exit codes of every command (documented in the README). */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  noArticles: 3,
  someSkipped: 4,
  badFile: 5,
  /** Left with Ctrl-C (or a signal), as shells report it: 128 + SIGINT. */
  interrupted: 130,
} as const;

/** An error meant for the user: printed as one line, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
