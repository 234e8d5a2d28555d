/** Extraction of the organizations dimension, and names of institutions for other features. */
import type { Article, Fact, Lang, OrganizationFact } from '../../facts.js';
import { evidenceAt } from '../evidence.js';
import { findOrganizations } from './find.js';
import { displayName, knownByKey } from './registry.js';

export { findAllOrganizations, findOrganizations, type OrganizationMatch } from './find.js';

export function extractOrganizations(article: Article): Fact[] {
  const facts: OrganizationFact[] = [];
  for (const m of findOrganizations(article)) {
    const evidence = evidenceAt(article, m.start, m.end);
    if (evidence) facts.push({ kind: 'organization', name: m.name, canonical: m.canonical, evidence });
  }
  return facts;
}

/**
 * The name of an institution in the reader's language ("Goya-akademiet" in
 * nb, "Academia de Cine" in es), for institutions of the registry; undefined
 * for others (show their name as written).
 */
export function organizationName(canonical: string, lang: Lang): string | undefined {
  const known = knownByKey(canonical);
  return known && displayName(known, lang);
}
