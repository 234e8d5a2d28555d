/** Work arrays reused from one ranking to the next. */
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/summarize/workspace.js';

describe('Workspace', () => {
  it('hands out zeroed arrays that do not overlap until reset, also beyond the first buffer', () => {
    const work = new Workspace();
    const a = work.floats(3000).fill(1);
    const b = work.floats(3000).fill(2);
    const c = work.ints(10_000).fill(3);
    expect([a.length, b.length, c.length]).toEqual([3000, 3000, 10_000]);
    expect(a.every((v) => v === 1) && b.every((v) => v === 2) && c.every((v) => v === 3)).toBe(true);
  });

  it('hands out zeros again after reset, though the memory was written', () => {
    const work = new Workspace();
    work.floats(100).fill(7);
    work.ints(100).fill(-1);
    work.reset();
    expect(work.floats(100).every((v) => v === 0)).toBe(true);
    expect(work.ints(100).every((v) => v === 0)).toBe(true);
  });
});
