import v8 from 'node:v8';
import vm from 'node:vm';

/** How long the lesson must wait on the learner (no key, no new screen) before memory is collected. */
export const QUIET_MS = 50;

export interface IdleCollector {
  /** Something happened (a key, a new screen): collect once the program has been left alone for QUIET_MS. */
  soon(): void;
  /** No collection after this (the lesson is ending). */
  stop(): void;
}

/**
 * Full garbage collections while the lesson waits on a person. The young
 * generation is kept small (see v8-tuning.ts), so each frame Ink draws moves
 * some of its short-lived objects to the old generation, which V8 collects
 * only when that generation reaches its limit: memory would grow by about
 * 2 MiB with every answer. A collection takes a few milliseconds, and it runs
 * only after QUIET_MS without a key.
 */
export function idleCollector(collect: () => void = collectGarbage): IdleCollector {
  let timer: NodeJS.Timeout | undefined;
  return {
    soon() {
      clearTimeout(timer);
      timer = setTimeout(collect, QUIET_MS).unref();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

let gc: (() => void) | undefined;

/** V8's full collection, now: `gc` exists only in contexts created after --expose-gc is set, so it is taken from a new one. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
