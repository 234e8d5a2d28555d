/** The offer to resume an unfinished quiz, in the lesson: its words in each language, its keys, its size. */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Lang } from '../../src/facts.js';
import { displayWidth } from '../../src/text/width.js';
import { MIN_SIZE } from '../../src/ui/layout/frame.js';
import type { Answer, Unfinished } from '../../src/ui/state/types.js';
import { QUESTIONS_EN } from './lesson-double.js';
import { KEY, renderApp } from './render-app.js';

afterEach(async () => {
  await act(async () => cleanup());
});

const plain = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, '');

// The lesson double asks three questions: revenue-1 (answer 2), speed-1 (answer 4), budget-1 (answer 1).
const [revenue, speed] = QUESTIONS_EN;
const KEPT: Answer[] = [
  { questionId: revenue!.id, choice: 1, correct: true, at: 10_000, ms: 4000 },
  { questionId: speed!.id, choice: 0, correct: false, at: 16_000, ms: 6000 },
];
const twoAnswered: Unfinished = { answers: KEPT };
const oneAnswered: Unfinished = { answers: KEPT.slice(0, 1) };

describe('the offer to resume an unfinished quiz', () => {
  it('with --lang: says how far the quiz went, and Resume shows the next question with the answers kept', async () => {
    const app = await renderApp({ init: { skipSummaries: true, unfinished: twoAnswered } });
    let f = app.frame();
    expect(f).toContain('eternaut-quiz · Unfinished quiz');
    expect(f).toContain('You have an unfinished quiz: 2 of 3 answered.');
    expect(f).toContain('❯ Resume');
    expect(f).toContain('  Start over');
    expect(f).toContain('↑↓ move · Enter choose · q/Esc quit');
    await app.press(KEY.enter);
    f = app.frame();
    expect(f).toContain('Question 3 of 3 · Category: Budget');
    expect(f).toContain('2/3 ✓ 1 ✗ 1');
    expect(f).toContain('What budget does the book fair give?');
    await app.press('1');
    expect(app.frame()).toContain('✓ Correct!');
    expect(app.answered.map((r) => r.answers.map((a) => [a.questionId, a.choice, a.correct]))).toEqual([
      [
        ['revenue-1', 1, true],
        ['speed-1', 0, false],
        ['budget-1', 0, true],
      ],
    ]);
    await app.press(KEY.enter);
    f = app.frame();
    expect(f).toContain('2 of 3 correct (67%)');
    // The time taken counts the answers (4 s, 6 s and 1.5 s on the test's clock), not the time the quiz lay unfinished.
    expect(f).toContain('Time taken: 12 seconds');
    expect(app.rounds).toHaveLength(1);
    expect(app.rounds[0]!.answers.slice(0, 2)).toEqual(KEPT);
    expect(app.startedOver).toEqual([]);
  });

  it('after the language picker, in that language: Start over (2) goes to the menu and forgets the unfinished quiz', async () => {
    const asked: Lang[] = [];
    const app = await renderApp({
      init: { pickLanguage: true, questions: [] },
      unfinishedFor: (lang, questions) => {
        asked.push(lang);
        return lang === 'de' && questions.length === 3 ? oneAnswered : null;
      },
    });
    await app.press(KEY.down);
    expect(asked).toEqual([]);
    await app.press(KEY.enter);
    let f = app.frame();
    expect(asked).toEqual(['de']);
    expect(f).toContain('eternaut-quiz · Nicht beendetes Quiz');
    expect(f).toContain('Du hast ein Quiz nicht beendet: 1 von 3 Fragen beantwortet.');
    expect(f).toContain('❯ Fortsetzen');
    expect(f).toContain('Neu beginnen');
    expect(f).toContain('↑↓ bewegen');
    await app.press('2');
    f = app.frame();
    expect(f).toContain('Was möchtest du tun?');
    expect(app.startedOver).toEqual(['de']);
    await app.press(KEY.down, KEY.enter);
    expect(app.frame()).toContain('Frage 1 von 3');
    expect(app.frame()).toContain('0/3 ✓ 0 ✗ 0');
  });

  it('moves with the arrows and leaves at once on q, keeping the unfinished quiz', async () => {
    const app = await renderApp({ init: { lang: 'es', unfinished: oneAnswered } });
    expect(app.frame()).toContain('Tienes un cuestionario sin terminar: 1 de 3 preguntas respondidas.');
    await app.press(KEY.down);
    expect(app.frame()).toContain('❯ Empezar de nuevo');
    await app.press(KEY.down);
    expect(app.frame()).toContain('❯ Continuar');
    await app.press('q');
    expect(app.exits.map((s) => s.exit)).toEqual(['quit']);
    expect(app.startedOver).toEqual([]);
    expect(app.rounds).toEqual([]);
  });

  const OFFER: Record<Lang, [string, string, string]> = {
    en: ['You have an unfinished quiz: 2 of 3 answered.', 'Resume', 'Start over'],
    de: ['Du hast ein Quiz nicht beendet: 2 von 3 Fragen beantwortet.', 'Fortsetzen', 'Neu beginnen'],
    nl: ['Je hebt een onafgemaakte quiz: 2 van de 3 vragen beantwoord.', 'Verdergaan', 'Opnieuw beginnen'],
    nb: ['Du har en uferdig quiz: 2 av 3 spørsmål er besvart.', 'Fortsett', 'Begynn på nytt'],
    es: ['Tienes un cuestionario sin terminar: 2 de 3 preguntas respondidas.', 'Continuar', 'Empezar de nuevo'],
    fr: ['Un quiz est resté inachevé : vous avez répondu à 2 questions sur 3.', 'Reprendre', 'Recommencer'],
  };
  const flat = (frame: string) => plain(frame).replace(/\s+/g, ' ');

  for (const size of [{ columns: 80, rows: 24 }, MIN_SIZE]) {
    it(`fits ${size.columns}×${size.rows} whole in every language`, async () => {
      for (const [lang, [sentence, resume, startOver]] of Object.entries(OFFER) as Array<[Lang, [string, string, string]]>) {
        const app = await renderApp({ init: { lang, unfinished: twoAnswered }, size });
        const f = plain(app.frame());
        const lines = f.replace(/\n$/, '').split('\n');
        expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(size.columns);
        expect(flat(f)).toContain(sentence);
        expect(f).toContain(`❯ ${resume}`);
        expect(f).toContain(startOver);
        await app.unmount();
      }
    });
  }

  it('below the smallest size asks for a larger terminal, and q still leaves', async () => {
    const app = await renderApp({ init: { unfinished: twoAnswered }, size: { columns: 40, rows: 10 } });
    expect(app.frame()).toContain('too small');
    await app.press(KEY.enter);
    expect(app.frame()).toContain('too small');
    await app.press('q');
    expect(app.exits.map((s) => s.exit)).toEqual(['quit']);
    expect(app.rounds).toEqual([]);
  });
});
