/** What a language's rules for organizations consist of, and the table of all languages. */
import type { Lang } from '../../facts.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';

/** The word that makes a name an institution's: "Studios", "GmbH", "Akademie", "Universität". */
export interface InstitutionHead {
  /** Pattern source of the head, matched case-sensitively as a whole word. */
  head: string;
  /**
   * Language-neutral key of the head ("academy", "union"), part of the canonical
   * key. None for legal forms and "Studios": the key drops them, so "Eyeline
   * Studios" and "Eyeline" are one institution.
   */
  key?: string;
}

export interface OrganizationRules {
  /** Heads after the name, after a space: "Eyeline Studios", "Acme GmbH", "Stanford University". */
  suffixHeads: InstitutionHead[];
  /** Heads joined to the name by a hyphen: "Goya-Akademie", "Goya-akademiet". */
  hyphenHeads: InstitutionHead[];
  /** Heads before the name (with their preposition where one is needed): "Universität Wien", "University of Oslo". */
  prefixHeads: InstitutionHead[];
  /** Prepositions that join a tail to a name with a suffix head: "of" in "National Union of Journalists". */
  of: string[];
  /** Small words inside a long name or after a prefix head: "de las", "des", "and". */
  connectors: string[];
  /**
   * Nouns for a kind of institution that stand right before its name ("the
   * studio A24", "nyhetsbyrået NTB"), as pattern sources.
   */
  classifiers: string[];
  /** After a classifier, take only acronyms (German capitalizes every noun). */
  classifiedAcronymsOnly: boolean;
  /** Labels of picture credits and source lines: "Photo", "Bild", "Quelle". */
  creditLabels: string[];
  /** Whether a bare "s" marks the genitive of a name ("Googles", "NRKs"). */
  genitiveS: boolean;
  /** Whether names after a prefix head may start with lower-case words ("Festival du film de la Côte d'Opale"). */
  lowerCaseInNames: boolean;
  /**
   * Apposition after a name: "Quarry Lane Interactive, the Dundee studio
   * behind …". One of `articles` opens it; one of `nouns` (the end of a
   * compound where `compounds`) ends it, followed by punctuation or one of
   * `after`, or by one adjective where `adjectiveAfter` ("un studio parisien,").
   */
  appositive: { articles: string[]; nouns: string[]; compounds: boolean; adjectiveAfter: boolean; after: string[] };
  /** Prepositions between a person's role and the employer ("analyst at Ampere Analysis", "Sprecher bei Acme"). */
  employerOf: string[];
  /** Endings of one-word names of public bodies ("Medietilsynet", "Kulturministerium"). */
  compoundHeads: string[];
}

export const ORGANIZATION_RULES: Record<Lang, OrganizationRules> = { en, de, nl, nb, es, fr };
