/** The streams a command writes to; tests pass their own. */
import { sanitizeLine } from '../corpus/sanitize.js';

export interface Io {
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number; rows?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

export function processIo(): Io {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/**
 * A reader that stops early (`eternaut-quiz facts | head`) closes the pipe: the
 * command then ends quietly, as other tools do, instead of with a stack trace.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
    process.exit(EXIT.internal);
  });
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

/** An error meant for the user: printed as one line, never with a stack (and never with escape sequences from a file or flag). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(sanitizeLine(message));
  }
}
