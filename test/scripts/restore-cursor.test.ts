import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cursorShowOnlyToTerminal } from '../../src/scripts/ink-bundling.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('cursorShowOnlyToTerminal', () => {
  it("applies to the restore-cursor Ink is bundled with: the exit hook writes to stderr only if it is a terminal", () => {
    const installed = fs.readFileSync(path.join(root, 'node_modules/restore-cursor/index.js'), 'utf8');
    const patched = cursorShowOnlyToTerminal(installed);
    expect(patched).not.toBe(installed);
    expect(patched).toContain("if (process.stderr.isTTY) process.stderr.write('\\u001B[?25h');");
    expect(cursorShowOnlyToTerminal('export default 1;')).toBe('export default 1;');
  });
});
