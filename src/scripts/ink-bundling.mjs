// What any esbuild bundle of Ink needs, and how the program is bundled: used by the build and by the benchmark.

/** The esbuild options the program is bundled with (src/scripts/build.mjs); the bench bundles what it compares with it the same way. */
export const programBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/**
 * Ink connects to React DevTools only when DEV=true, through a dynamic import of
 * its devtools module (react-devtools-core and ws). The bundle ships without it.
 */
export const stubInkDevtools = {
  name: 'stub-ink-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]build[\\/]/.test(args.importer) ? { path: 'ink-devtools', namespace: 'stub' } : undefined,
    );
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

/** Bundled CommonJS modules (React, the reconciler) call require() for Node built-ins. */
export const inkBundleBanner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
