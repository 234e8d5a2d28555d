/**
 * A terminal for end-to-end tests: a program in a tmux pane of a fixed size on
 * a private tmux server, keys sent with send-keys, the screen read with
 * capture-pane, and waits that poll the screen for a marker instead of sleeping.
 */
import { execFileSync } from 'node:child_process';

export interface PaneOptions {
  columns: number;
  rows: number;
  cwd: string;
  env: Record<string, string>;
  /** The program and its arguments. */
  command: string[];
}

/**
 * Not inherited: the test decides colour itself, and CI stays unset (Ink draws only
 * the last frame when CI is set, and chalk turns colour off when CI is there at all).
 */
const UNSET = ['NO_COLOR', 'FORCE_COLOR', 'CI', 'CONTINUOUS_INTEGRATION'];

/** No-break spaces (in key hints, before units) read as plain ones. */
export const normalSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class Pane {
  private readonly socket = `eq-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly target = 'lesson:0.0';

  constructor(options: PaneOptions) {
    const env = Object.entries(options.env).map(([k, v]) => `${k}=${quote(v)}`);
    // After the program: its exit code and the terminal's mode, then the pane stays for reading.
    // Like a login shell, the script outlives a Ctrl-C that reaches the program as SIGINT (before raw mode is on).
    const script = `trap : INT; ${options.command.map(quote).join(' ')}; echo "[exit $?]"; stty -a | tr ';' '\\n' | grep -Eo -- '-?(icanon|echo)\\b' | tr '\\n' ' '; echo; exec sleep 600`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'lesson', '-x', String(options.columns), '-y', String(options.rows), '-c', options.cwd, `env ${UNSET.map((v) => `-u ${v}`).join(' ')} ${env.join(' ')} sh -c ${quote(script)}`);
    this.tmux('set-option', '-t', 'lesson', 'status', 'off');
    // Programs may set tmux's paste buffers (OSC 52), so a test sees any clipboard write.
    this.tmux('set-option', '-s', 'set-clipboard', 'on');
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The visible screen (with `history`, all the pane's output); wrapped rows joined, no-break spaces read as spaces. */
  screen(options: { escapes?: boolean; history?: boolean } = {}): string {
    return normalSpaces(this.tmux('capture-pane', '-p', '-J', ...(options.escapes ? ['-e'] : []), ...(options.history ? ['-S', '-'] : []), '-t', this.target));
  }

  /** Sends keys by tmux name ("Enter", "Down", "C-c") or as single characters ("2", "o"). */
  press(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', '-t', this.target, key);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', 'lesson', '-x', String(columns), '-y', String(rows));
  }

  /** tmux's view of the pane: alternate screen on, cursor shown. */
  flags(): { alternate: boolean; cursor: boolean } {
    const [alternate, cursor] = this.tmux('display-message', '-p', '-t', this.target, '#{alternate_on} #{cursor_flag}').trim().split(' ');
    return { alternate: alternate === '1', cursor: cursor === '1' };
  }

  /** A tmux format read for the pane ("#{pane_title}"). */
  info(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.target, format).trim();
  }

  /** tmux's paste buffers, one line each (empty when none was set). */
  buffers(): string {
    return this.tmux('list-buffers').trim();
  }

  /** The process id of the program the pane runs: the last in the line of processes under the pane's shell. */
  programPid(): number {
    const parents = new Map<number, number>();
    for (const row of execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
      const [pid, ppid] = row.trim().split(/\s+/).map(Number);
      parents.set(pid!, ppid!);
    }
    let pid = Number(this.info('#{pane_pid}'));
    for (;;) {
      const child = [...parents].find(([, ppid]) => ppid === pid)?.[0];
      if (child === undefined) return pid;
      pid = child;
    }
  }

  /** Polls the screen until `marker` shows, and returns that screen; fails with the last screen seen. */
  async waitFor(marker: string | RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof marker === 'string' ? last.includes(marker) : marker.test(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${String(marker)}; the screen was:\n${last}`);
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      /* already gone */
    }
  }
}
