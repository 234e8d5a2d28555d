/** Where the package's own files are, in the source tree and in the bundle alike. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder upwards holding our package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'eternaut-quiz') return (root = dir);
      } catch {
        /* not ours */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('eternaut-quiz: cannot find the package root');
    dir = up;
  }
}

export function bundledCorpusDir(): string {
  return path.join(packageRoot(), 'corpus');
}

export function questionsDir(): string {
  return path.join(packageRoot(), 'questions');
}
