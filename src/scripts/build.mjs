// Bundles src/bin.ts (the CLI) into one minified ESM file, dist/cli.js, with no runtime dependencies;
// Ajv goes apart into dist/ajv.cjs, which dist/cli.js loads only when it checks a file.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gateStringWidthEmoji, inkBundleBanner, programBundle, restoreCursorToTerminal, stubInkDevtools } from './ink-bundling.mjs';
import { assertLatin1, latin1Sources } from './latin1.mjs';
import { thirdPartyNotices } from './licences.mjs';

/**
 * Yoga's Emscripten loader fetch()es its own inline data: URL when fetch exists,
 * which makes Node load its whole HTTP client (undici, about 30 ms) at every
 * start. Without fetch in scope it decodes the same base64 bytes directly.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /[\\/]yoga-layout[\\/].*yoga-wasm-base64-esm\.js$/ }, (args) => ({
      contents: `const fetch = undefined;\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

/**
 * Ajv (which checks banks, answers, results and progress files) is bundled
 * apart, into dist/ajv.cjs, and loaded at its first use (src/quiz/json-file.ts).
 * In the main bundle, its code cost a lesson about 1 MiB at the peak of a quiz
 * even though a lesson without a file to check never runs it.
 */
const ajvApart = {
  name: 'ajv-apart',
  setup(b) {
    b.onResolve({ filter: /^ajv$/ }, () => ({ path: './ajv.cjs', external: true }));
  },
};

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  ...programBundle,
  sourcemap: false,
  legalComments: 'none',
  jsx: 'automatic',
  plugins: [stubInkDevtools, yogaWithoutFetch, gateStringWidthEmoji, restoreCursorToTerminal, ajvApart, latin1Sources],
  metafile: true,
  banner: { js: `#!/usr/bin/env node\n${inkBundleBanner}` },
  logLevel: 'warning',
});
const ajv = await build({
  stdin: { contents: "module.exports = require('ajv');", resolveDir: process.cwd(), loader: 'js' },
  outfile: 'dist/ajv.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: programBundle.target,
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
// One character beyond U+00FF would make V8 keep the whole source in two bytes per character (0.9 MiB more).
for (const file of ['dist/cli.js', 'dist/ajv.cjs']) assertLatin1(readFileSync(file, 'utf8'), file);
// The licence notices of everything bundled travel with the bundle.
writeFileSync('dist/THIRD-PARTY-LICENSES.txt', thirdPartyNotices({ inputs: { ...result.metafile.inputs, ...ajv.metafile.inputs } }));
