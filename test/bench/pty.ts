/**
 * Time from launch to a first screen, in a pseudo-terminal: the program runs
 * under `script` (util-linux), and the clock stops when `marker` appears in
 * what it writes, or when it exits if there is no marker (`node -e 0`).
 */
import { spawn } from 'node:child_process';

export interface Launch {
  command: string[];
  /** Text of the first screen; none: until the program exits. */
  marker?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Keys typed once the marker shows; the clock then stops when `handled` appears (escape codes ignored). */
  keys?: { send: string; handled: RegExp };
}

const ESCAPES = /\u001b\[[0-9;?]*[A-Za-z]/g;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Colour and CI settings of the caller would change what is drawn. */
const UNSET = ['NO_COLOR', 'FORCE_COLOR', 'CI', 'CONTINUOUS_INTEGRATION'];

export function timeToScreen({ command, marker, env = {}, cwd, keys }: Launch, timeoutMs = 30_000): Promise<number> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !UNSET.includes(k)));
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command.map(quote).join(' ')}`, '/dev/null'], {
      cwd,
      env: { ...base, TERM: 'xterm-256color', ...env },
      stdio: ['pipe', 'pipe', 'ignore'],
      detached: true,
    });
    let out = '';
    let done = false;
    const finish = (ms: number | Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      if (ms instanceof Error) reject(ms);
      else resolve(ms);
    };
    const timer = setTimeout(() => finish(new Error(`${command.join(' ')}: no "${marker}" within ${timeoutMs} ms; it wrote:\n${out.slice(-500)}`)), timeoutMs);
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!marker || !out.includes(marker)) return;
      if (!keys) return finish(elapsed());
      if (!typed) {
        typed = true;
        child.stdin.write(keys.send);
      } else if (keys.handled.test(out.replace(ESCAPES, ''))) finish(elapsed());
    });
    child.on('exit', () => (marker ? finish(new Error(`${command.join(' ')} ended before "${marker}"; it wrote:\n${out.slice(-500)}`)) : finish(elapsed())));
  });
}

/**
 * The median time of each launch over `runs` rounds, the launches taking turns
 * in every round (after one warm-up round), so that a busier moment of the
 * machine weighs on all of them alike.
 */
export async function medianTimesToScreen(launches: readonly Launch[], runs: number): Promise<number[]> {
  for (const launch of launches) await timeToScreen(launch);
  const times: number[][] = launches.map(() => []);
  for (let i = 0; i < runs; i++) for (const [j, launch] of launches.entries()) times[j]!.push(await timeToScreen(launch));
  return times.map(median);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
