/** Names as the reader sees them. */
import { organizationName } from '../extract/organizations/index.js';
import type { Lang, OrganizationFact } from '../facts.js';

/** An institution under its name in the reader's language where one is known, else as the article writes it. */
export function organizationDisplayName(fact: OrganizationFact, lang: Lang): string {
  return organizationName(fact.canonical, lang) ?? fact.name;
}
