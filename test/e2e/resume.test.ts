/**
 * No lost results, through the packed program in a real terminal: a quiz
 * killed with SIGKILL after three answers is offered for resuming at the next
 * start, and resumed exactly; a corrupted progress file is reported, kept
 * aside, and the quiz starts afresh. Needs tmux and a built dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import type { Article, ArticleFacts, Lang } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { lessonId, progressFile, readProgress } from '../../src/quiz/progress.js';
import { readResults } from '../../src/quiz/results.js';
import type { Question } from '../../src/quiz/types.js';
import { installPacked, type Installed } from './install.js';
import { Pane } from './tmux.js';

const SEED = 5;
const COUNT = 12;
const panes: Pane[] = [];
let installed: Installed;
let articles: Article[];
let corpus: ArticleFacts[];

const questionsIn = (lang: Lang): Question[] => generateQuestions(corpus, lang, { seed: SEED, count: COUNT });

/** The installed program in a fresh pane; the shell writes its pid (which the program then takes over by exec) to `pidFile`. */
function start(pidFile: string, env: Record<string, string>, args: string[]): Pane {
  const command = ['sh', '-c', 'echo $$ > "$0"; exec "$@"', pidFile, installed.bin, '--seed', String(SEED), '--count', String(COUNT), ...args];
  const pane = new Pane({ columns: 80, rows: 24, cwd: installed.app, env: { TERM: 'xterm-256color', NO_COLOR: '1', ...env }, command });
  panes.push(pane);
  return pane;
}

const resultsIn = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('results-'));
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

beforeAll(() => {
  installed = installPacked();
  articles = loadBundledCorpus().articles;
  corpus = extractAll(articles);
}, 240_000);

afterAll(() => {
  for (const pane of panes) pane.close();
  installed?.remove();
});

describe.concurrent('no lost results, in a terminal', () => {
  it('offers to resume a quiz killed with SIGKILL after three answers, and resumes it exactly', async () => {
    const dir = path.join(installed.tmp, 'results-resume');
    const pidFile = path.join(installed.tmp, 'resume.pid');
    const questions = questionsIn('fr');
    expect(questions).toHaveLength(COUNT);
    // The first three: right, wrong, right.
    const first = questions.slice(0, 3).map((q, i) => (i === 1 ? (q.answer + 1) % 4 : q.answer));

    const killed = start(pidFile, { LANG: 'fr_FR.UTF-8' }, ['--lang', 'fr', '--no-summary', '--results', dir]);
    for (const [i, choice] of first.entries()) {
      await killed.waitFor(`Question ${i + 1} sur ${COUNT}`, i === 0 ? 90_000 : 30_000);
      killed.press(String(choice + 1));
      await killed.waitFor(choice === questions[i]!.answer ? '✓ Correct !' : '✗ Faux.');
      killed.press('Enter');
    }
    // The fourth question is on screen, unanswered, when the program dies.
    await killed.waitFor(`Question 4 sur ${COUNT}`);
    process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
    await killed.waitFor('[exit 137]');

    // Nothing was written on the way out (SIGKILL allows none), but every answer given was kept.
    expect(fs.readdirSync(dir)).toEqual(['progress']);
    const [progressName] = fs.readdirSync(path.join(dir, 'progress'));
    const kept = readProgress(path.join(dir, 'progress', progressName!));
    expect(kept.questions).toEqual(questions.map((q) => q.id));
    expect(kept.answers.map((a) => [a.id, a.choice])).toEqual(first.map((c, i) => [questions[i]!.id, c]));

    // Ctrl-C on the offer leaves at once, the terminal put back, and the unfinished quiz still there.
    const interrupted = start(pidFile, { LANG: 'fr_FR.UTF-8' }, ['--lang', 'fr', '--no-summary', '--results', dir]);
    await interrupted.waitFor('Quiz inachevé', 90_000);
    interrupted.press('C-c');
    const left = await interrupted.waitFor(/\[exit 130\]\n.*echo/);
    expect(left).toMatch(/icanon echo|echo icanon/);
    expect(interrupted.flags()).toEqual({ alternate: false, cursor: true });
    expect(readProgress(path.join(dir, 'progress', progressName!))).toEqual(kept);

    // The next start, in a fresh terminal: the language picker first (no --lang), then the offer.
    const again = start(pidFile, { LANG: 'fr_FR.UTF-8' }, ['--no-summary', '--results', dir]);
    let screen = await again.waitFor('Choisissez votre langue', 90_000);
    expect(screen).toContain('❯ Français');
    again.press('Enter');
    screen = await again.waitFor('Quiz inachevé');
    expect(flat(screen)).toContain('Un quiz est resté inachevé : vous avez répondu à 3 questions sur 12.');
    expect(screen).toContain('❯ Reprendre');
    expect(screen).toContain('Recommencer');
    again.press('Enter');
    screen = await again.waitFor(`Question 4 sur ${COUNT}`);
    expect(screen).toContain(`3/${COUNT} ✓ 2 ✗ 1`);
    expect(flat(screen)).toContain(flat(questions[3]!.stem.slice(0, 40)));
    for (const [i, q] of questions.slice(3).entries()) {
      await again.waitFor(`Question ${i + 4} sur ${COUNT}`);
      again.press(String(q.answer + 1));
      await again.waitFor('✓ Correct !');
      again.press('Enter');
    }
    screen = await again.waitFor('Résultats enregistrés dans');
    expect(screen).toContain(`11 bonnes réponses sur ${COUNT}`);
    again.press('q');
    screen = await again.waitFor('[exit 0]');
    expect(again.flags()).toEqual({ alternate: false, cursor: true });

    expect(resultsIn(dir)).toHaveLength(1);
    const file = path.join(dir, resultsIn(dir)[0]!);
    expect(screen).toContain(file);
    const saved = readResults(file);
    expect(saved).toMatchObject({ language: 'fr', seed: SEED, score: { correct: 11, total: COUNT } });
    expect(saved.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(saved.questions.map((q) => q.chosen)).toEqual([...first, ...questions.slice(3).map((q) => q.answer)]);
    expect(saved.questions.slice(0, 3).map((q) => q.ms)).toEqual(kept.answers.map((a) => a.ms));
    // The quiz is finished: its progress is gone (with its folder), so the next start makes no offer.
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
  }, 240_000);

  it('reports a corrupted progress file on leaving, keeps it aside, and starts the quiz afresh', async () => {
    const dir = path.join(installed.tmp, 'results-corrupt');
    const file = progressFile(dir, lessonId(articles, { language: 'de', seed: SEED, count: COUNT }));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const garbage = '{"format": "eternaut-quiz-progress", "answers": [1, 2,';
    fs.writeFileSync(file, garbage);

    const pane = start(path.join(installed.tmp, 'corrupt.pid'), { LANG: 'de_DE.UTF-8' }, ['--lang', 'de', '--no-summary', '--results', dir]);
    let screen = await pane.waitFor(`Frage 1 von ${COUNT}`, 90_000);
    expect(screen).toContain(`0/${COUNT} ✓ 0 ✗ 0`);
    pane.press('q');
    await pane.waitFor('Das Quiz verlassen?');
    pane.press('j');
    screen = await pane.waitFor('[exit 0]');

    const [aside, ...more] = fs.readdirSync(path.dirname(file));
    expect(more).toEqual([]);
    expect(aside).toMatch(new RegExp(`^${path.basename(file).replace('.', '\\.')}\\.corrupt-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ$`));
    expect(fs.readFileSync(path.join(path.dirname(file), aside!), 'utf8')).toBe(garbage);
    expect(flat(screen)).toContain(flat(`eternaut-quiz: Dein nicht beendetes Quiz ließ sich nicht lesen; es bleibt als ${path.join(path.dirname(file), aside!)} erhalten, und das Quiz beginnt von vorn (not valid JSON`));
  }, 240_000);
});
