// Bundles src/bin.ts (the CLI) into one minified ESM file, dist/cli.js, with no runtime dependencies.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gateStringWidthEmoji, inkBundleBanner, programBundle, stubInkDevtools } from './ink-bundling.mjs';
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

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/cli.js',
  ...programBundle,
  sourcemap: false,
  legalComments: 'none',
  jsx: 'automatic',
  plugins: [stubInkDevtools, yogaWithoutFetch, gateStringWidthEmoji, latin1Sources],
  metafile: true,
  banner: { js: `#!/usr/bin/env node\n${inkBundleBanner}` },
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
// One character beyond U+00FF would make V8 keep the whole source in two bytes per character (0.9 MiB more).
assertLatin1(readFileSync('dist/cli.js', 'utf8'), 'dist/cli.js');
// The licence notices of everything bundled travel with the bundle.
writeFileSync('dist/THIRD-PARTY-LICENSES.txt', thirdPartyNotices(result.metafile));
