/** Tables shared by the rules of every language. */
import type { InstitutionHead } from './rules.js';

/** Heads written the same way in every language: legal forms and English company words. */
export const INTERNATIONAL_SUFFIX_HEADS: InstitutionHead[] = [
  { head: String.raw`Studios` },
  { head: String.raw`Inc\.?` },
  { head: String.raw`Ltd\.?` },
  { head: String.raw`LLC` },
  { head: String.raw`Corp\.?` },
  { head: String.raw`Corporation` },
  { head: String.raw`[Pp]lc|PLC` },
  { head: String.raw`Group` },
  { head: String.raw`Holdings?` },
  { head: String.raw`Pictures`, key: 'pictures' },
  { head: String.raw`Entertainment`, key: 'entertainment' },
  { head: String.raw`Productions`, key: 'productions' },
  { head: String.raw`Films`, key: 'films' },
];

/**
 * Capitalized words that are never (part of) an institution's name: places
 * that stand for an industry, and technical or job acronyms.
 */
export const NOT_ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'Hollywood', 'Bollywood', 'Nollywood', 'AI', 'KI', 'IA', 'GenAI', 'VFX', 'CGI', 'CEO', 'CFO', 'COO', 'CTO',
  'PDG', 'TV', 'Internet', 'USA', 'UK', 'US',
]);
