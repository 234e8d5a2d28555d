/** Extraction of the sources dimension. */
import type { Article, Fact, SourceFact } from '../../facts.js';
import { evidenceAt } from '../evidence.js';
import { findSources } from './find.js';

export function extractSources(article: Article): Fact[] {
  const facts: SourceFact[] = [];
  for (const m of findSources(article)) {
    const evidence = evidenceAt(article, m.start, m.end);
    if (evidence) facts.push({ kind: 'source', name: m.name, evidence });
  }
  return facts;
}
