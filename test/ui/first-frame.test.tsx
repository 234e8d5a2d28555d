/**
 * The picker painted before Ink loads must be the frame Ink then draws, row
 * for row, or the screen would jump (or keep stray characters) when Ink takes over.
 */
import chalk from 'chalk';
import { cleanup } from 'ink-testing-library';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/facts.js';
import { firstFrameRows, paintFirstFrame } from '../../src/ui/first-frame.js';
import type { Init } from '../../src/ui/state/reducer.js';
import { paletteFor } from '../../src/ui/theme.js';
import { lessonDouble } from './lesson-double.js';
import { renderApp } from './render-app.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const rows = (text: string) => text.replace(ANSI, '').split('\n').map((r) => r.trimEnd());
const lesson = lessonDouble();
const init = (lang: (typeof LANGS)[number]): Init => ({ lang, pickLanguage: true, questions: [], articleCount: lesson.articles.length, compare: true, skipSummaries: false, now: 0 });

afterEach(async () => {
  await act(async () => cleanup());
});

describe('the first frame, painted before Ink', () => {
  for (const lang of LANGS) {
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 60, rows: 20 },
      { columns: 40, rows: 16 },
      { columns: 120, rows: 40 },
    ]) {
      it(`is Ink's language picker in ${lang} at ${size.columns}×${size.rows}`, async () => {
        const app = await renderApp({ lesson, init: init(lang), size });
        const painted = firstFrameRows(init(lang), lesson, size, paletteFor(0));
        expect(painted).toBeDefined();
        expect(rows(painted!.join('\n'))).toEqual(rows(app.lastFrame() ?? ''));
      });
    }
  }

  it('carries the same colours as Ink: the highlighted language and the name in the accent colour', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const size = { columns: 80, rows: 24 };
      const app = await renderApp({ lesson, init: init('nl'), size, palette: paletteFor(1) });
      const painted = firstFrameRows(init('nl'), lesson, size, paletteFor(1))!.join('\n');
      // The text in each colour (accent cyan, muted grey), whatever the order of the style codes around it.
      const colours = (s: string) =>
        [...s.matchAll(/\u001b\[(36|90)m(.*?)\u001b\[39m/g)].map(([, code, text]) => `${code}:${text!.replace(ANSI, '')}`).filter((c) => c.length > 3);
      expect(colours(painted)).toEqual(colours(app.lastFrame() ?? ''));
      expect(colours(painted)).toEqual(expect.arrayContaining(['36:eternaut-quiz', '36:❯', '36:Nederlands']));
      // NO_COLOR: no colour at all.
      expect(firstFrameRows(init('nl'), lesson, size, paletteFor(0))!.join('\n')).not.toMatch(/\u001b\[3[0-9]m/);
    } finally {
      chalk.level = level;
    }
  });

  it('is not painted when the picker is not the first screen or does not fit', () => {
    expect(firstFrameRows({ ...init('en'), pickLanguage: false, questions: lesson.questions('en') }, lesson, { columns: 80, rows: 24 }, paletteFor(0))).toBeUndefined();
    expect(firstFrameRows(init('en'), lesson, { columns: 30, rows: 8 }, paletteFor(0))).toBeUndefined();
  });

  it('hides the cursor and leaves it at the top for Ink', () => {
    let written = '';
    const stdout = { write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    paintFirstFrame(stdout, ['a', 'b']);
    expect(written).toBe('\u001b[?25la\nb\u001b[H');
  });
});
