// Keeps the bundle in Latin-1. V8 holds a script's source for as long as the
// program runs, in two bytes per character as soon as one character is beyond
// U+00FF: 1.8 MiB for dist/cli.js instead of 0.9.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;
const BEYOND_LATIN1_ALL = /[^\u0000-\u00ff]/gu;

const hex = (c) => c.toString(16).toUpperCase().padStart(4, '0');

/** The escape of one character (code point) `ch`: `\uXXXX`, or `\u{X}` beyond the BMP where `unicode`, else its two surrogates. */
function escapeOf(ch, unicode) {
  const cp = ch.codePointAt(0);
  if (cp <= 0xffff) return `\\u${hex(cp)}`;
  if (unicode) return `\\u{${cp.toString(16).toUpperCase()}}`;
  return `\\u${hex(ch.charCodeAt(0))}\\u${hex(ch.charCodeAt(1))}`;
}

/** Whether position `i` of `text` follows an odd number of backslashes (the character there is escaped). */
function escaped(text, i) {
  let n = 0;
  while (i - n - 1 >= 0 && text[i - n - 1] === '\\') n++;
  return n % 2 === 1;
}

/**
 * `source` (TypeScript) with every character beyond U+00FF written as an escape
 * where esbuild would print it as it stands: in regular expression literals
 * (`\uXXXX`, the same pattern) and in String.raw templates (`${'\uXXXX'}`, the
 * same string). esbuild itself escapes string literals, untagged templates and
 * JSX text. Anything else beyond Latin-1 is an error: the build says where.
 */
export function latin1Source(source, file) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits = []; // [start, end, text]
  const fail = (pos, what) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(pos);
    throw new Error(`${file}:${line + 1}:${character + 1}: ${what}`);
  };
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(sf);
      const text = source.slice(start, node.end);
      const unicode = /[uv]/.test(text.slice(text.lastIndexOf('/') + 1));
      for (const m of text.matchAll(BEYOND_LATIN1_ALL)) {
        if (escaped(text, m.index)) fail(start + m.index, 'an escaped character beyond Latin-1 in a regular expression');
        edits.push([start + m.index, start + m.index + m[0].length, escapeOf(m[0], unicode)]);
      }
      return;
    }
    if (node.kind === ts.SyntaxKind.TaggedTemplateExpression) {
      const tag = node.tag.getText(sf);
      const template = node.template;
      const parts = template.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        const start = part.getStart(sf);
        const text = source.slice(start, part.end);
        for (const m of text.matchAll(BEYOND_LATIN1_ALL)) {
          if (tag !== 'String.raw') fail(start + m.index, `a character beyond Latin-1 in a ${tag}\`…\` template`);
          if (escaped(text, m.index)) fail(start + m.index, 'an escaped character beyond Latin-1 in a String.raw template');
          edits.push([start + m.index, start + m.index + m[0].length, `\${'${escapeOf(m[0], true)}'}`]);
        }
      }
      for (const span of template.templateSpans ?? []) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The esbuild plugin: our TypeScript sources go through latin1Source. */
export const latin1Sources = {
  name: 'latin1-sources',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!BEYOND_LATIN1.test(source)) return undefined;
      return { contents: latin1Source(source, args.path), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Throws, saying where, when `bundle` holds a character beyond U+00FF. */
export function assertLatin1(bundle, name) {
  const m = BEYOND_LATIN1.exec(bundle);
  if (m) throw new Error(`${name} holds ${JSON.stringify(m[0])} (U+${hex(m[0].codePointAt(0))}) beyond Latin-1, near: ${JSON.stringify(bundle.slice(Math.max(0, m.index - 60), m.index + 20))}`);
}
