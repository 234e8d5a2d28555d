/** What a language's rules for people consist of, and the table of all languages. */
import type { Lang, PersonRole } from '../../facts.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';

export interface RoleCue {
  /** Pattern source of the role word(s), matched case-insensitively as whole words. */
  cue: string;
  /** None for a title outside PERSON_ROLES ("Finanzvorstand", "actress"): the person is named without a role. */
  role?: PersonRole;
  /**
   * The cue is the tail of a compound whose head is an organization
   * ("Netflix-Chef", "Netflix-sjef"): it counts only right after one.
   */
  afterOrganization?: boolean;
}

export interface PeopleRules {
  /**
   * Role words that stand before or after a name ("co-CEO Ted Sarandos", "Ted
   * Sarandos, co-CEO"), and titles that introduce a person without a role.
   */
  roles: RoleCue[];
  /**
   * Pattern source of a word that may stand between a role and the name in
   * languages that put adjectives after the noun ("réalisateur belge Thomas
   * Verbeke"); undefined elsewhere.
   */
  roleAdjective?: string;
  /** Prepositions between a role and its organization ("CEO of Netflix, Ted Sarandos"). */
  roleOf: string[];
  /** Prepositions of place: a name after one is a place ("In Los Angeles, the president of …"). */
  placePrepositions: string[];
  /** Articles that may stand before a role after a name ("Ted Sarandos, the CEO"). */
  articles: string[];
  /** The word that opens a byline ("By", "Von", "Av"). */
  byline: string[];
  /** The word between two authors of a byline ("and", "und"). */
  and: string[];
  /** Verbs of saying that stand before the speaker ("said Jane Doe"), as pattern sources. */
  reportingVerbs: string[];
  /**
   * Lower-case words that may follow a speaker's name ("said Jane Doe in a
   * statement"). Any other word there means the capitalized words were not a
   * name but a title or place ("said Squid Game creator …").
   */
  afterSpeaker: string[];
  /** Capitalized words that are never part of a personal name (articles, pronouns, months, ...). */
  notNames: ReadonlySet<string>;
  /** Most name words a personal name has (particles not counted). */
  maxNameWords: number;
}

export const PEOPLE_RULES: Record<Lang, PeopleRules> = { en, de, nl, nb, es, fr };
