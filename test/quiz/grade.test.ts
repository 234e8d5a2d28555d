import { describe, expect, it } from 'vitest';
import { grade, share } from '../../src/quiz/grade.js';
import { renderGrade } from '../../src/quiz/render.js';
import type { Question } from '../../src/quiz/types.js';

const q = (id: string, category: Question['category'], answer: Question['answer'], articles: string[]): Question => ({
  id,
  category,
  stem: `Stem ${id}?`,
  options: [`${id} a`, `${id} b`, `${id} c`, `${id} d`],
  answer,
  explanation: `Because of ${id}.`,
  evidence: [{ file: articles[0]!, text: `words ${id}`, sentence: `The words ${id}.` }],
  articles,
});

const questions = [
  q('s1', 'speed', 0, ['a.txt']),
  q('r1', 'revenue', 2, ['a.txt']),
  q('r2', 'revenue', 1, ['b.txt']),
  q('c1', 'comparison', 3, ['a.txt', 'b.txt', 'c.txt', 'd.txt']),
];

describe('grade', () => {
  // s1 right, r1 wrong (chose 0), r2 not answered, c1 right.
  const g = grade(questions, { s1: 0, r1: 0, c1: 3 });

  it('scores overall, per category (in category order) and per article', () => {
    expect(g.overall).toEqual({ correct: 2, total: 4 });
    expect(g.byCategory).toEqual([
      { category: 'speed', correct: 1, total: 1 },
      { category: 'revenue', correct: 0, total: 2 },
      { category: 'comparison', correct: 1, total: 1 },
    ]);
    expect(g.byArticle).toEqual([
      { file: 'a.txt', correct: 2, total: 3 },
      { file: 'b.txt', correct: 1, total: 2 },
      { file: 'c.txt', correct: 1, total: 1 },
      { file: 'd.txt', correct: 1, total: 1 },
    ]);
    expect(share(g.overall)).toBe(0.5);
    expect(share({ correct: 0, total: 0 })).toBe(0);
  });

  it('lists the wrong and unanswered questions with the correct option and its evidence', () => {
    expect(g.wrong).toEqual([
      {
        id: 'r1',
        category: 'revenue',
        stem: 'Stem r1?',
        chosen: 0,
        chosenOption: 'r1 a',
        answer: 2,
        correctOption: 'r1 c',
        explanation: 'Because of r1.',
        evidence: [{ file: 'a.txt', text: 'words r1', sentence: 'The words r1.' }],
      },
      expect.objectContaining({ id: 'r2', chosen: null, chosenOption: null, correctOption: 'r2 b' }),
    ]);
  });

  it('renders the grade in the bank language', () => {
    const text = renderGrade(g, 'de').replace(/\u00a0/g, ' ');
    expect(text).toContain('Ergebnis: 2 von 4 richtig (50 %)');
    expect(text).toContain('Umsatz');
    expect(text).toContain('Gewählte Antwort: A. r1 a');
    expect(text).toContain('Richtige Antwort: C. r1 c');
    expect(text).toContain('Keine Antwort gewählt');
    expect(renderGrade(grade(questions, { s1: 0, r1: 2, r2: 1, c1: 3 }), 'en')).toContain('All answers are correct.');
  });

  it('puts a no-break space before its colons in French', () => {
    const text = renderGrade(g, 'fr');
    expect(text).toContain('Score\u00a0: 2 ');
    expect(text).toContain('\nPar catégorie\u00a0:\n');
    expect(text).not.toMatch(/\p{L}:/u);
  });
});
