import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/quiz/render.js';
import { classReport } from '../../src/quiz/report.js';
import { buildResults } from '../../src/quiz/results.js';
import type { Question } from '../../src/quiz/types.js';

const question = (id: string, category: Question['category']): Question => ({
  id,
  category,
  stem: `How about ${id}?`,
  options: ['a', 'b', 'c', 'd'],
  answer: 1,
  explanation: `Because ${id}.`,
  evidence: [{ file: 'x.txt', text: id, sentence: `${id}.` }],
  articles: ['x.txt'],
});
const questions = [question('q1', 'speed'), question('q2', 'revenue'), question('q3', 'revenue'), question('q4', 'comparison'), question('q5', 'source')];
const time = new Date('2025-07-18T10:00:00Z');
const take = (name: string, right: string[]) =>
  buildResults(questions, Object.fromEntries(questions.map((q) => [q.id, right.includes(q.id) ? 1 : 0])), { name, time, language: 'en', seed: 1 });

// Ana 5/5 (100 %), Ben 3/5 (60 %), Caro 1/5 (20 %), Dan 0/5.
const all = [take('Ana', ['q1', 'q2', 'q3', 'q4', 'q5']), take('Ben', ['q1', 'q2', 'q5']), take('Caro', ['q1']), take('Dan', [])];

describe('class report', () => {
  const r = classReport(all);

  it('averages the scores and bands them', () => {
    expect(r.results).toBe(4);
    expect(r.average).toBeCloseTo((1 + 0.6 + 0.2 + 0) / 4);
    expect(r.distribution).toEqual([
      { from: 0, to: 19, count: 1 },
      { from: 20, to: 39, count: 1 },
      { from: 40, to: 59, count: 0 },
      { from: 60, to: 79, count: 1 },
      { from: 80, to: 100, count: 1 },
    ]);
  });

  it('lists the most missed questions first', () => {
    // Missed: q3 and q4 by Ben, Caro, Dan (3 of 4); q2 and q5 by Caro, Dan; q1 by Dan.
    expect(r.mostMissed.map((m) => [m.id, m.missed, m.asked])).toEqual([
      ['q3', 3, 4],
      ['q4', 3, 4],
      ['q2', 2, 4],
      ['q5', 2, 4],
      ['q1', 1, 4],
    ]);
  });

  it('scores per category', () => {
    expect(r.byCategory).toEqual([
      { category: 'speed', correct: 3, total: 4 },
      { category: 'revenue', correct: 3, total: 8 },
      { category: 'source', correct: 2, total: 4 },
      { category: 'comparison', correct: 1, total: 4 },
    ]);
  });

  it('renders in the reader language', () => {
    const text = renderReport(r, 'es').replace(/\u00a0/g, ' ');
    expect(text).toContain('Informe de la clase: 4 resultados');
    expect(text).toContain('Puntuación media: 45 %');
    expect(text).toContain('1. How about q3?');
    expect(text).toContain('fallada por 3 de 4');
    expect(text).toContain('Ingresos');
  });

  it('says so when no question was missed', () => {
    expect(classReport([all[0]!]).mostMissed).toEqual([]);
    expect(renderReport(classReport([all[0]!]), 'en')).toContain('No question was missed.');
  });
});
