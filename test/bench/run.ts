/**
 * `npm run bench`: start-up, package size, pipeline speed and scale, and peak
 * memory over a whole quiz, each beside its target and its baseline measured
 * in the same run. Prints one table; exits 1 when a target is missed.
 * Needs a built dist/ (the npm script builds first), `script` and tmux.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { inkBundleBanner, programBundle, stubInkDevtools } from '../../src/scripts/ink-bundling.mjs';
import { latin1Sources } from '../../src/scripts/latin1.mjs';
import { V8_FLAGS } from '../../src/util/v8-tuning.js';
import { Pane } from '../e2e/tmux.js';
import type { PipelineTimes } from './pipeline.js';
import { median, medianTimesToScreen } from './pty.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-bench-'));
const LANG = 'en';
const SEED = 1;
const STARTS = Number(process.env.BENCH_STARTS ?? 15);
const PIPELINE_PROCESSES = 3;
/** `npm run bench -- start memory`: only those parts (package, start, pipeline, memory); all by default. */
const only = new Set(process.argv.slice(2));
const part = (name: string) => only.size === 0 || only.has(name);

interface Row {
  what: string;
  value: string;
  target: string;
  ok?: boolean;
}
const rows: Row[] = [];
// Two decimals below 100 ms: a figure beside a 10 ms target must not round onto it.
const ms = (x: number) => `${x.toFixed(x < 100 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);

function du(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? du(p) : fs.lstatSync(p).size;
  }
  return total;
}

// --- The published package: packed, installed offline into an empty folder (every part uses it).
step('packing and installing');
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [
  { filename: string; size: number; unpackedSize: number; files: { path: string }[] },
];
const app = path.join(tmp, 'app');
fs.mkdirSync(app);
fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'bench-classroom', private: true }));
execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], { cwd: app, stdio: 'ignore' });
const installedPackages = fs.readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
const bin = path.join(app, 'node_modules', '.bin', 'eternaut-quiz');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
function packageRows(): void {
  // dist/cli.js is the one entry; dist/ajv.cjs is Ajv, bundled apart and loaded by it only to check a file.
  const scripts = packed.files.map((f) => f.path).filter((p) => /\.[cm]?js$/.test(p)).sort();
  rows.push({ what: 'package: JavaScript files', value: scripts.join(', '), target: 'one bundled, minified entry', ok: scripts.join() === 'dist/ajv.cjs,dist/cli.js' });
  rows.push({
    what: 'package: runtime dependencies',
    value: `${Object.keys(manifest.dependencies ?? {}).length} declared; installs ${installedPackages.length} package(s)`,
    target: 'none',
    ok: !Object.keys(manifest.dependencies ?? {}).length && installedPackages.length === 1,
  });
  const notices = packed.files.some((f) => f.path === 'dist/THIRD-PARTY-LICENSES.txt');
  rows.push({ what: 'package: licence notices', value: notices ? 'dist/THIRD-PARTY-LICENSES.txt' : 'missing', target: 'shipped', ok: notices });
  rows.push({ what: 'package: packed', value: mb(packed.size), target: '≤ 1 MB', ok: packed.size <= 1e6 });
  const installedSize = du(path.join(app, 'node_modules'));
  rows.push({ what: 'package: installed', value: mb(installedSize), target: '≤ 3 MB', ok: installedSize <= 3e6 });
}

const env = { LANG: 'en_US.UTF-8', XDG_DATA_HOME: path.join(tmp, 'data') };

/** The minimal Ink program bundled as any Ink program would be (no devtools, a require for CommonJS parts), built once. */
let bundledInk: Promise<string> | undefined;
function minimalInkBundle(): Promise<string> {
  const outfile = path.join(tmp, 'minimal-ink.bundle.mjs');
  bundledInk ??= build({
    entryPoints: [path.join(root, 'test/bench/fixtures/minimal-ink.mjs')],
    outfile,
    ...programBundle,
    logLevel: 'error',
    // What any Ink bundle needs; not the project's own start-up work.
    plugins: [stubInkDevtools],
    banner: { js: inkBundleBanner },
  }).then(() => outfile);
  return bundledInk;
}

// --- Start-up in a pseudo-terminal, with the baselines.
async function startRows(): Promise<void> {
  step(`start-up, ${STARTS} launches each`);
  const minimal = path.join(root, 'test/bench/fixtures/minimal-ink.mjs');
  const minimalBundled = await minimalInkBundle();
  const down = { send: '\u001b[B', handled: /❯\s*Deutsch/ };
  const [nodeBare, inkPlain, inkBundled, ours, oursKey, inkKey, oursLang] = (await medianTimesToScreen(
    [
      { command: ['node', '-e', '0'] },
      { command: ['node', minimal], marker: 'Choose your language', cwd: root },
      { command: ['node', minimalBundled], marker: 'Choose your language' },
      { command: [bin], marker: 'Choose your language', env, cwd: app },
      { command: [bin], marker: 'Choose your language', env, cwd: app, keys: down },
      { command: ['node', minimalBundled], marker: 'Choose your language', keys: down },
      { command: [bin, '--lang', LANG], marker: 'What would you like to do?', env, cwd: app },
    ],
    STARTS,
  )) as [number, number, number, number, number, number, number];
  const ratio = (x: number) => `${ms(x)} (${(x / nodeBare).toFixed(2)}×)`;
  rows.push({ what: 'start: node -e 0 (baseline)', value: ms(nodeBare), target: '' });
  rows.push({ what: 'start: minimal Ink + ink-select-input (baseline)', value: ratio(inkPlain), target: '' });
  rows.push({ what: 'start: the same, bundled with esbuild (baseline)', value: ratio(inkBundled), target: '' });
  rows.push({ what: 'start: eternaut-quiz, language picker', value: ratio(ours), target: '≤ 2.0× node -e 0', ok: ours <= 2 * nodeBare });
  rows.push({ what: 'start: a key (↓) handled, bundled minimal Ink (baseline)', value: ratio(inkKey), target: '' });
  rows.push({ what: 'start: a key (↓) handled, eternaut-quiz picker', value: ratio(oursKey), target: '(shown, no target)' });
  rows.push({ what: `start: eternaut-quiz --lang ${LANG}, menu`, value: ratio(oursLang), target: '(shown, no target)' });
}

// --- The core pipeline (load, extract, summarize, generate), in a fresh process with the program's engine settings.
async function pipelineRows(): Promise<void> {
  step('pipeline');
  // Bundled and minified as src/bin.ts is, inside the package (which it finds its corpus by).
  const bundle = path.join(root, 'node_modules/.cache/eternaut-quiz-bench/pipeline.mjs');
  await build({ entryPoints: [path.join(root, 'test/bench/pipeline.ts')], outfile: bundle, ...programBundle, plugins: [latin1Sources], logLevel: 'error' });
  // A whole process can run slower than the next one on this kind of machine: each figure is the median over PIPELINE_PROCESSES of them.
  const runs = Array.from({ length: PIPELINE_PROCESSES }, () => JSON.parse(execFileSync(process.execPath, [...V8_FLAGS, bundle, tmp, LANG, String(SEED)], { cwd: root, encoding: 'utf8' })) as PipelineTimes);
  const [cold, five, hundred, thousand] = (['cold', 'five', 'hundred', 'thousand'] as const).map((k) => median(runs.map((r) => r[k]))) as [number, number, number, number];
  rows.push({ what: 'pipeline: 5 bundled articles, first run', value: ms(cold), target: '(shown, no target)' });
  rows.push({ what: 'pipeline: 5 bundled articles, warm', value: ms(five), target: '≤ 10 ms', ok: five <= 10 });
  rows.push({ what: 'pipeline: 100 articles', value: ms(hundred), target: '' });
  rows.push({ what: 'pipeline: 1,000 articles', value: ms(thousand), target: '≤ 1,000 ms', ok: thousand <= 1000 });
  rows.push({ what: 'pipeline: 1,000 / 100', value: `${(thousand / hundred).toFixed(1)}×`, target: '≤ 12×', ok: thousand / hundred <= 12 });
}

// --- Peak memory over a whole quiz, in tmux: picker, menu, every question, results, leave; beside the baselines.
/** The peak resident memory (bytes) of `command`, run in an 80×24 tmux pane and driven by `drive` until it exits. */
async function peakMemory(command: string[], drive: (pane: Pane) => Promise<void>): Promise<number> {
  const peakFile = path.join(tmp, 'peak');
  fs.rmSync(peakFile, { force: true });
  const pane = new Pane({
    columns: 80,
    rows: 24,
    cwd: app,
    env: { ...env, TERM: 'xterm-256color', BENCH_PEAK_FILE: peakFile, NODE_OPTIONS: `--import=${path.join(root, 'test/bench/fixtures/record-peak-memory.mjs')}` },
    command,
  });
  try {
    await drive(pane);
    await pane.waitFor(/\[exit \d+\]/);
  } finally {
    pane.close();
  }
  return Number(fs.readFileSync(peakFile, 'utf8'));
}

async function memoryRows(): Promise<void> {
  step('a whole quiz in tmux');
  const bare = await peakMemory(['node', '-e', '0'], async () => {});
  const ink = await peakMemory(['node', await minimalInkBundle()], async (pane) => {
    await pane.waitFor('Choose your language');
    pane.press('Enter');
  });
  const peak = await peakMemory([bin, '--no-summary', '--results', path.join(tmp, 'results')], async (pane) => {
    await pane.waitFor('Choose your language');
    pane.press('Enter');
    const total = Number(/Question 1 of (\d+)/.exec(await pane.waitFor(/Question 1 of (\d+)/))![1]);
    for (let i = 1; i <= total; i++) {
      await pane.waitFor(`Question ${i} of ${total}`);
      pane.press(String(1 + (i % 4)));
      await pane.waitFor(/Correct!|Wrong\./);
      pane.press('Enter');
    }
    await pane.waitFor('Results saved to');
    pane.press('q');
  });
  rows.push({ what: 'memory: node -e 0 (baseline)', value: mib(bare), target: '' });
  rows.push({ what: 'memory: bundled minimal Ink, picker (baseline)', value: mib(ink), target: '' });
  rows.push({ what: 'memory: peak over a whole quiz', value: mib(peak), target: '≤ 80 MiB', ok: peak <= 80 * 2 ** 20 });
}

for (const [name, measure] of Object.entries({ package: packageRows, start: startRows, pipeline: pipelineRows, memory: memoryRows })) {
  if (part(name)) await measure();
}
fs.rmSync(tmp, { recursive: true, force: true });

// --- The table.
const cpu = os.cpus();
const head = ['measure', 'value', 'target', ''];
const table = [head, ...rows.map((r) => [r.what, r.value, r.target, r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'])];
const widths = head.map((_, i) => Math.max(...table.map((r) => [...r[i]!].length)));
const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
console.log(`eternaut-quiz bench · Node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · ${os.platform()} ${os.release()}`);
console.log(`start-up: median of ${STARTS} launches each, taking turns, in a pseudo-terminal (script), 80×24; pipeline: median after warm-up, median of ${PIPELINE_PROCESSES} processes\n`);
console.log([line(table[0]!), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n'));
const missed = rows.filter((r) => r.ok === false);
if (missed.length) {
  console.log(`\n${missed.length} target(s) missed: ${missed.map((r) => r.what).join('; ')}`);
  process.exitCode = 1;
}
