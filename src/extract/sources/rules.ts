/** What a language's rules for cited sources consist of, and the table of all languages. */
import type { Lang } from '../../facts.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';

export interface SourceRules {
  /** Phrases before a source that attribute information to it ("according to", "laut"), pattern sources. */
  accordingTo: string[];
  /** Words after a source that attribute information to it ("zufolge"). */
  accordingToAfter: string[];
  /** Verbs of reporting next to a news organization ("Reuters reported", "meldt de NOS"). */
  reported: string[];
  /** Articles that may stand before the source's name ("the", "de", "l'"). */
  articles: string[];
  /** Labels of a line that names the article's sources ("Source: Reuters", "Quelle: dpa"). */
  labels: string[];
}

export const SOURCE_RULES: Record<Lang, SourceRules> = { en, de, nl, nb, es, fr };
