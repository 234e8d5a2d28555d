/**
 * Where the lesson's results go: one file per quiz taken, written atomically
 * by the quiz feature's writer, never over another file. Retries of the missed
 * questions are practice: they are shown, not written, so a class report
 * counts each learner once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Lang } from '../facts.js';
import { buildResults, writeResultsIn } from '../quiz/results.js';
import { answersById } from './state/round.js';
import type { Round, SaveOutcome } from './state/types.js';

/** $XDG_DATA_HOME/eternaut-quiz/results, else ~/.local/share/eternaut-quiz/results. */
export function defaultResultsDir(env: NodeJS.ProcessEnv): string {
  const data = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(os.homedir(), '.local', 'share');
  return path.join(data, 'eternaut-quiz', 'results');
}

export interface ResultsTarget {
  dir: string;
  name?: string;
  seed: number;
}

/** Writes the answers of `round` so far (all its questions; those not reached count as unanswered). */
export function saveRound(round: Round, lang: Lang, target: ResultsTarget, now: Date): SaveOutcome {
  const ms = Object.fromEntries(round.answers.map((a) => [a.questionId, a.ms]));
  const results = buildResults(round.questions, answersById(round), { time: now, language: lang, seed: target.seed, ms, ...(target.name ? { name: target.name } : {}) });
  try {
    fs.mkdirSync(target.dir, { recursive: true });
    return { ok: true, path: writeResultsIn(path.resolve(target.dir), results) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
