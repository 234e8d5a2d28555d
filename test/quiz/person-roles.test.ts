/**
 * A wrong option on "who does article X name as co-CEO?" is never someone another
 * article names as co-CEO: true elsewhere, it would be a trap, not a distractor.
 * The bundled corpus has such a case: 004 names Greg Peters co-CEO beside Ted Sarandos.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import { factsOf } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';

describe('person questions', () => {
  const all = extractAll(loadBundledCorpus().articles);
  const rolesOf = (name: string) => new Set(all.flatMap(({ facts }) => factsOf(facts, 'person').filter((p) => p.name === name && p.role).map((p) => p.role)));

  it.each([1, 2, 3, 7])('offer no one another article gives the same role (seed %i)', (seed) => {
    const questions = generateQuestions(all, 'en', { seed }).filter((q) => q.category === 'person');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const [file] = q.articles;
      const correct = q.options[q.answer]!;
      const role = factsOf(all.find((a) => a.article.file === file)!.facts, 'person').find((p) => p.name === correct)?.role;
      expect(role).toBeDefined();
      const wrong = q.options.filter((_, i) => i !== q.answer);
      for (const name of wrong) expect(rolesOf(name).has(role), `${name} offered against ${correct} (${role})`).toBe(false);
    }
  }, 30_000);
});
