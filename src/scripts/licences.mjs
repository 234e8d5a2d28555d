// The licence notices of every package bundled into dist/cli.js, read from esbuild's metafile.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of the package that holds `file`: the last node_modules/<name> or node_modules/@scope/<name>. */
function packageDir(file) {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const scoped = parts[at + 1]?.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** One text: per bundled package its name, version, licence and the licence files it ships. */
export function thirdPartyNotices(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDir(input);
    if (dir && existsSync(path.join(dir, 'package.json'))) dirs.add(dir);
  }
  const sections = [...dirs]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
      if (!files.length && !pkg.license) throw new Error(`${pkg.name}: no licence found; it cannot be bundled without one`);
      const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8').trim());
      const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
      const fallback = `Licence: ${pkg.license}. The package ships no licence file${repo ? `; its text is in ${repo}` : ''}.`;
      return { name: pkg.name, text: `${pkg.name}@${pkg.version} (${pkg.license ?? 'see below'})\n\n${texts.join('\n\n') || fallback}` };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const rule = '-'.repeat(72);
  return `eternaut-quiz bundles the following packages. Their licence notices follow.\n\n${sections.map((s) => `${rule}\n${s.text}\n`).join('\n')}`;
}
