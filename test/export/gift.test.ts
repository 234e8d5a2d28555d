import { parse, type MultipleChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftEscape, toGift } from '../../src/export/gift.js';
import { sampleBank, tricky } from './sample.js';

const flat = (s: string) => s.replace(/[ \t\r\n]+/g, ' ').trim();

describe.each(['en', 'fr'] as const)('GIFT (%s)', (lang) => {
  const bank = sampleBank(lang);
  const parsed = parse(toGift(bank));

  it('is read by an independent GIFT parser: a category, then every question as multiple choice', () => {
    expect(parsed[0]).toMatchObject({ type: 'Category' });
    const questions = parsed.slice(1) as MultipleChoice[];
    expect(questions).toHaveLength(bank.questions.length);
    questions.forEach((g, i) => {
      const q = bank.questions[i]!;
      expect(g.type).toBe('MC');
      expect(g.title).toBe(q.id);
      expect(g.stem.text).toBe(flat(q.stem));
      expect(g.choices.map((c) => c.text.text)).toEqual(q.options.map(flat));
      expect(g.choices.map((c) => c.isCorrect)).toEqual([0, 1, 2, 3].map((i) => i === q.answer));
      // Feedback per answer, each with the explanation.
      for (const c of g.choices) expect(c.feedback?.text).toContain(flat(q.explanation));
    });
  });

  it('escapes the characters GIFT reserves', () => {
    const g = parsed[1] as MultipleChoice;
    expect(g.stem.text).toBe(tricky.stem);
    expect(g.choices[3]!.text.text).toBe('h~i: \\j k');
  });
});

describe('giftEscape', () => {
  it('puts a backslash before ~ = # { } : and \\', () => {
    expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(giftEscape('two\n\nlines')).toBe('two lines');
  });
});
