/** Running the real CLI for the hostile-input tests: in process through main(), or the built bundle in a child. */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { main } from '../../src/cli.js';
import { captureIo } from '../commands/io.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** main(argv) with captured streams; `env` is the whole environment the command sees. */
export async function runMain(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const io = captureIo(env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const root = path.resolve(import.meta.dirname, '../..');
export const distCli = path.join(root, 'dist', 'cli.js');

/** `npm test` builds the bundle before vitest; a test run on its own builds it when it is missing. */
export function ensureBuilt(): void {
  if (!fs.existsSync(distCli)) execFileSync(process.execPath, ['src/scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
}

/** Prints the child's peak resident memory (kB) on stderr when it exits. */
const REPORT_MAX_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss-kb:'+process.resourceUsage().maxRSS+'\\n'))`;

export interface DistRun extends Run {
  ms: number;
  /** Peak resident memory of the child in MB (with `measure`). */
  maxRssMb?: number;
}

/** `node dist/cli.js …args` in a child, in English unless `env` says otherwise. */
export function runDist(args: string[], options: SpawnSyncOptions & { measure?: boolean } = {}): DistRun {
  const { measure, ...spawnOptions } = options;
  const nodeArgs = measure ? ['--import', REPORT_MAX_RSS, distCli, ...args] : [distCli, ...args];
  const started = performance.now();
  const r = spawnSync(process.execPath, nodeArgs, {
    encoding: 'utf8',
    timeout: 30_000,
    ...spawnOptions,
    env: { ...process.env, LC_ALL: 'en_US.UTF-8', ...spawnOptions.env },
  });
  const ms = performance.now() - started;
  let err = String(r.stderr);
  let maxRssMb: number | undefined;
  const m = /maxrss-kb:(\d+)\n$/.exec(err);
  if (m) {
    maxRssMb = Number(m[1]) / 1024;
    err = err.slice(0, m.index);
  }
  return { code: r.status ?? -1, out: String(r.stdout), err, ms, ...(maxRssMb === undefined ? {} : { maxRssMb }) };
}

/** A line of a JavaScript stack trace. */
export const STACK_LINE = /^\s+at\s/m;
