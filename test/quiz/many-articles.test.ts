/**
 * Hundreds of articles: more names than a name question takes candidates from
 * (the pools are bounded), and more articles than a "which article" question
 * offers. The wrong options must still be false: a wrong name is absent from
 * the article (each article also mentions the next one's person and studio),
 * and a person is never offered for a role another article gives them.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { mentionsAny, personSpellings } from '../../src/quiz/mentions.js';
import { article } from '../helpers.js';
import { withFacts } from './fixtures.js';

const FIRST = ['Maren', 'Tobias', 'Ilse', 'Ruben', 'Carmen', 'Olav', 'Nadia', 'Felix', 'Sanne', 'Jorge', 'Astrid', 'Henri', 'Lotte'];
const LAST = ['Brekke', 'Falkner', 'Quintero', 'Vos', 'Lindahl', 'Roussel', 'Esposito', 'Haas', 'Moen', 'Duarte', 'Kuiper', 'Sauer', 'Fontaine', 'Ibarra', 'Nyberg', 'Rasch', 'Leclerc'];
const AGENCIES = ['Reuters', 'Bloomberg', 'AFP', 'dpa', 'EFE', 'ANP', 'NTB'];
const ROLES = ['CEO', 'producer', 'director', 'founder', 'spokesperson'] as const;

const personOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

function story(i: number): ArticleFacts {
  const person = personOf(i);
  const studio = `Studio${i} Pictures`;
  const agency = AGENCIES[i % AGENCIES.length]!;
  const role = ROLES[i % ROLES.length]!;
  const a = article(
    `A new sound stage for harbour town ${i}\n\n` +
      `${studio} will open a sound stage next spring, its ${role} ${person} said on Monday.\n` +
      `According to ${agency}, the stage will employ forty people.\n` +
      // Names the article mentions without a fact: never a wrong option for it.
      `The plans were first shown to ${personOf(i + 1)} and to Studio${i + 1} Pictures last year.\n`,
    'en',
    `many-${i}`,
  );
  return withFacts(a, [
    { kind: 'organization', name: studio, canonical: `studio-${i}`, at: `${studio} will open` },
    { kind: 'person', name: person, role, at: person },
    { kind: 'source', name: agency, at: `According to ${agency}` },
  ]);
}

describe('question generation over hundreds of articles', () => {
  const all = Array.from({ length: 260 }, (_, i) => story(i));
  const byFile = new Map(all.map((a) => [a.article.file, a]));
  const text = (file: string) => `${byFile.get(file)!.article.title}\n${byFile.get(file)!.article.body}`;

  it('offers only names the article does not mention, and no one who holds the role elsewhere', () => {
    const questions = generateQuestions(all, 'en', { seed: 5 });
    const categories = new Set(questions.map((q) => q.category));
    for (const c of ['institution', 'person', 'source'] as const) expect(categories.has(c), c).toBe(true);
    for (const q of questions.filter((x) => x.category === 'institution' || x.category === 'person' || x.category === 'source')) {
      const [file] = q.articles;
      const wrong = q.options.filter((_, i) => i !== q.answer);
      const spellings = (name: string) => (q.category === 'person' ? personSpellings(name) : [name]);
      for (const name of wrong) expect(mentionsAny(text(file!), spellings(name)), `${name} in ${file}`).toBe(false);
      if (q.category === 'person') {
        const role = byFile.get(file!)!.facts.find((f) => f.kind === 'person')!;
        const holders = all.flatMap((a) => a.facts.filter((f) => f.kind === 'person' && role.kind === 'person' && f.role === role.role).map((f) => (f.kind === 'person' ? f.name : '')));
        for (const name of wrong) expect(holders, `${name} holds the role elsewhere`).not.toContain(name);
      }
    }
  }, 60_000);

  it('asks which article cites a source with three articles that do not cite it', () => {
    const questions = generateQuestions(all, 'en', { seed: 5 }).filter((q) => q.category === 'comparison' && q.stem.includes('Reuters'));
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const [target, ...others] = q.articles;
      expect(mentionsAny(text(target!), ['Reuters'])).toBe(true);
      for (const f of others) expect(mentionsAny(text(f), ['Reuters']), f).toBe(false);
    }
  }, 60_000);
});
