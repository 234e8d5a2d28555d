import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleCollector, QUIET_MS } from '../../src/util/idle-gc.js';

describe('idleCollector', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once, QUIET_MS after the last thing that happened', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const idle = idleCollector(collect);
    idle.soon();
    vi.advanceTimersByTime(QUIET_MS - 1);
    idle.soon(); // a key in between: the wait starts again
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('collects nothing once stopped', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const idle = idleCollector(collect);
    idle.soon();
    idle.stop();
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(collect).not.toHaveBeenCalled();
  });

  it("frees unreachable objects with V8's own collection", async () => {
    let garbage: object | undefined = { payload: new Array(1000).fill('x') };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef's target is kept until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    idleCollector().soon();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 20));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ref.deref()).toBeUndefined();
  });
});
