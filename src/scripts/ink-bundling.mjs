// What any esbuild bundle of Ink needs, and how the program is bundled: used by the build and by the benchmark.
import { readFile } from 'node:fs/promises';

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

const RGI_DECLARATION = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const RGI_TEST = 'rgiEmojiRegex.test(segment)';

/**
 * string-width (which Ink measures text with) tests every grapheme of a line
 * that is not plain ASCII against /^\p{RGI_Emoji}$/v. For text held in two
 * bytes per character ("’", "✓"), V8 compiles that pattern into 0.55 MiB of
 * machine code, 3.5 MiB of memory in all. Every RGI emoji holds a character
 * beyond ASCII with the Emoji or Emoji_Component property (UTS #51: basic
 * emoji, keycap, flag, tag, modifier and ZWJ sequences), so a grapheme without
 * one is tested no further: the same widths, and the pattern is compiled only
 * for a line that shows an emoji. Sources without these exact lines are left
 * as they are.
 */
export function gateRgiEmoji(source) {
  if (!source.includes(RGI_DECLARATION) || !source.includes(RGI_TEST)) return source;
  return source
    .replace(RGI_DECLARATION, () => `${RGI_DECLARATION}\nconst mayBeRgiEmoji = /(?![\\x00-\\x7F])[\\p{Emoji}\\p{Emoji_Component}]/u;`)
    .replace(RGI_TEST, () => `(mayBeRgiEmoji.test(segment) && ${RGI_TEST})`);
}

/** gateRgiEmoji over string-width, as it is bundled. */
export const gateStringWidthEmoji = {
  name: 'gate-string-width-emoji',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => ({ contents: gateRgiEmoji(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};

const CURSOR_SHOW_AT_EXIT = "process.stderr.write('\\u001B[?25h');";

/**
 * restore-cursor (through cli-cursor, with which Ink hides the cursor) writes
 * the cursor-show sequence to stderr when the process exits, whatever stderr
 * is: with `2>errors.log` the log got an escape sequence. The bundle writes it
 * to a terminal only; the lesson shows the cursor on its own terminal itself
 * when it leaves (src/ui/terminal.ts). Sources without that exact line are
 * left as they are.
 */
export function cursorShowOnlyToTerminal(source) {
  if (!source.includes(CURSOR_SHOW_AT_EXIT)) return source;
  return source.replace(CURSOR_SHOW_AT_EXIT, () => `if (process.stderr.isTTY) ${CURSOR_SHOW_AT_EXIT}`);
}

/** cursorShowOnlyToTerminal over restore-cursor, as it is bundled. */
export const restoreCursorToTerminal = {
  name: 'restore-cursor-to-terminal',
  setup(b) {
    b.onLoad({ filter: /[\\/]restore-cursor[\\/]index\.js$/ }, async (args) => ({ contents: cursorShowOnlyToTerminal(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};
