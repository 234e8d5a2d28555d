import { describe, expect, it } from 'vitest';
import { mdText, toMarkdown } from '../../src/export/markdown.js';
import { sampleBank } from './sample.js';

describe('Markdown worksheet', () => {
  const bank = sampleBank('fr');
  const md = toMarkdown(bank);

  it('numbers the questions with lettered options, then gives the answer key at the end', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# Quiz\u00a0: ${bank.questions.length} questions`);
    const key = lines.indexOf('## Corrigé');
    expect(key).toBeGreaterThan(0);
    const lastQuestion = lines.findIndex((l) => l.startsWith(`${bank.questions.length}. `));
    expect(lastQuestion).toBeLessThan(key);
    const answers = lines.slice(key + 2).filter(Boolean);
    expect(answers).toHaveLength(bank.questions.length);
    answers.forEach((a, i) => {
      const q = bank.questions[i]!;
      expect(a.startsWith(`${i + 1}. **${'ABCD'[q.answer]}**: `)).toBe(true);
    });
    expect(lines).toContain('    C. e\\#f, "g"  ');
  });

  it('escapes Markdown markup in article text', () => {
    expect(mdText('a *b* _c_ [d](e) <f> `g` #h |i| ~j \\k')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\~j \\\\k');
  });
});
