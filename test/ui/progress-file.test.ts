/** The lesson's progress keeper: answers kept after each one, the unfinished quiz restored, problems told on leaving in the lesson's language. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/facts.js';
import { lessonId, progressFile, readProgress } from '../../src/quiz/progress.js';
import { progressKeeper } from '../../src/ui/progress-file.js';
import { startRound } from '../../src/ui/state/round.js';
import type { Round } from '../../src/ui/state/types.js';
import { article } from '../helpers.js';
import { QUESTIONS } from './fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-keeper-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => path.join(tmp, `results-${++folders}`);

const ARTICLES = [article('De gemeente trekt 8 miljoen euro uit voor nieuwe fietspaden, zei de wethouder dinsdag.', 'nl', 'fietspaden')];
const identify = (lang: Lang) => lessonId(ARTICLES, { language: lang, seed: 4, count: 4 });
const NOW = () => new Date('2026-04-01T12:00:00Z');

/** QUESTIONS answer 1, 2, 3, 4 (indexes 0–3); `choices` are the options picked. */
function answered(choices: number[]): Round {
  const round = startRound(QUESTIONS, 1, 1000);
  round.answers = choices.map((choice, i) => ({ questionId: QUESTIONS[i]!.id, choice, correct: choice === QUESTIONS[i]!.answer, at: 2000 + i * 1000, ms: 900 + i }));
  return round;
}

describe('progressKeeper', () => {
  it('keeps the answers after each one and gives them back for the same lesson and questions', () => {
    const dir = freshDir();
    const keeper = progressKeeper(dir, identify, NOW);
    expect(keeper.unfinished('nl', QUESTIONS)).toBeNull();
    keeper.answered(answered([0]), 'nl');
    keeper.answered(answered([0, 3]), 'nl');
    const file = progressFile(dir, identify('nl'));
    expect(readProgress(file)).toMatchObject({
      lesson: identify('nl'),
      questions: ['q1', 'q2', 'q3', 'q4'],
      answers: [
        { id: 'q1', choice: 0, ms: 900, at: 2000 },
        { id: 'q2', choice: 3, ms: 901, at: 3000 },
      ],
    });
    const next = progressKeeper(dir, identify, NOW);
    expect(next.unfinished('nl', QUESTIONS)).toEqual({ answers: answered([0, 3]).answers });
    expect(next.unfinished('de', QUESTIONS)).toBeNull();
    expect(next.notices('nl')).toEqual([]);
  });

  it('forgets the progress when told (results written, or starting over)', () => {
    const dir = freshDir();
    const keeper = progressKeeper(dir, identify, NOW);
    keeper.answered(answered([1, 1, 1]), 'nl');
    keeper.discard('nl');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(keeper.unfinished('nl', QUESTIONS)).toBeNull();
  });

  it('sets a corrupted progress file aside and says so on leaving, in the lesson’s language', () => {
    const dir = freshDir();
    const file = progressFile(dir, identify('nl'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A comma missing after the version: the problem is at its 51st character.
    fs.writeFileSync(file, '{"format": "eternaut-quiz-progress", "version": 1 "lesson": {}}');
    const keeper = progressKeeper(dir, identify, NOW);
    expect(keeper.unfinished('nl', QUESTIONS)).toBeNull();
    const keptAt = `${file}.corrupt-2026-04-01T12-00-00Z`;
    expect(fs.existsSync(keptAt)).toBe(true);
    expect(keeper.notices('nl')).toEqual([
      `Je onafgemaakte quiz kon niet worden gelezen; hij is bewaard als ${keptAt} en de quiz begint opnieuw (not valid JSON (line 1, column 51); expected a quiz progress file)`,
    ]);
    expect(keeper.notices('en')).toEqual([
      `Your unfinished quiz could not be read; it is kept as ${keptAt} and the quiz starts afresh (not valid JSON (line 1, column 51); expected a quiz progress file)`,
    ]);
  });

  it('does not resume into other questions (a newer program), and says so', () => {
    const dir = freshDir();
    progressKeeper(dir, identify, NOW).answered(answered([0]), 'nl');
    const keeper = progressKeeper(dir, identify, NOW);
    expect(keeper.unfinished('nl', [...QUESTIONS].reverse())).toBeNull();
    expect(keeper.notices('de')).toEqual([
      `Die Artikel haben sich seit deinem nicht beendeten Quiz geändert; es bleibt als ${progressFile(dir, identify('nl'))}.corrupt-2026-04-01T12-00-00Z erhalten, und das Quiz beginnt von vorn`,
    ]);
  });

  it('goes on when the progress cannot be written, and says so once', () => {
    const blocked = path.join(tmp, 'a-file');
    fs.writeFileSync(blocked, '');
    const keeper = progressKeeper(blocked, identify, NOW);
    keeper.answered(answered([0]), 'nl');
    keeper.answered(answered([0, 1]), 'nl');
    const notices = keeper.notices('es');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^No se pudo guardar tu progreso en el cuestionario: .*a-file\/progress: cannot be created \((EEXIST|ENOTDIR)\)$/);
  });
});
