/**
 * The packed program, as a user gets it: `npm pack` the project, install the
 * tarball into an empty folder (offline: the bundle has no dependencies).
 * Needs a built dist/ (`npm test` builds first) and tmux for the panes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

export interface Installed {
  /** A fresh temporary folder for the test's own files (results, articles); removed by `remove`. */
  tmp: string;
  /** The folder the package is installed in. */
  app: string;
  /** The installed `eternaut-quiz`. */
  bin: string;
  remove(): void;
}

export function installPacked(): Installed {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
  } catch {
    throw new Error('tmux is needed for the end-to-end test (.ci/run installs it)');
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-e2e-'));
  const app = path.join(tmp, 'app');
  const bin = path.join(app, 'node_modules', '.bin', 'eternaut-quiz');
  // --ignore-scripts: `npm test` has built dist/ already; rebuilding here would pull it from under other tests.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ filename: string; files: { path: string }[] }];
  expect(packed.files.some((f) => f.path.startsWith('test/'))).toBe(false);
  expect(packed.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/ajv.cjs', 'corpus/000_b956f6f9bd0a9939.txt', 'questions/de.json', 'questions/schema.json', 'package.json']));
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'e2e-classroom', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], { cwd: app, stdio: 'ignore' });
  expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  return { tmp, app, bin, remove: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
