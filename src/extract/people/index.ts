/** Extraction of the people dimension. */
import type { Article, Fact, PersonFact } from '../../facts.js';
import { evidenceAt } from '../evidence.js';
import { findPeople } from './find.js';

export function extractPeople(article: Article): Fact[] {
  const facts: PersonFact[] = [];
  for (const m of findPeople(article)) {
    const evidence = evidenceAt(article, m.start, m.end);
    if (evidence) facts.push({ kind: 'person', name: m.name, ...(m.role ? { role: m.role } : {}), evidence });
  }
  return facts;
}
