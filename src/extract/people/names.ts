/**
 * Personal names as news text writes them: "Ted Sarandos", "Pieter de Vries",
 * "Jean-Luc Godard", "Gabriel García Márquez", "Jane Q. Public", "Conan O'Brien".
 */
import type { Lang } from '../../facts.js';
import { PEOPLE_RULES } from './rules.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

/** One capitalized word of a name: "Ted", "Müller", "O'Brien", "McDonald", "Jean-Luc", "Joon-ho", "Ødegaard". */
const NAME_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}+)?(?![\p{L}\p{N}]|-\p{L})`;
/** A middle initial: "Q." */
const INITIAL = String.raw`\p{Lu}\.`;
/** Lower-case particles inside a name. */
const PARTICLES = ['van der', 'van den', 'van de', 'von der', 'de la', 'de los', 'van', 'von', 'zu', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'ter', 'ten', 'le', 'y'];
const PARTICLE = `(?:${PARTICLES.join('|')})`;

/**
 * The source of a pattern for a name of 1 to `max` name words (particles and
 * initials in between do not count). Callers check the words with `nameWords`.
 */
function namePattern(max: number): string {
  return `${NAME_WORD}(?:\\s+(?:${INITIAL}\\s+)?(?:${PARTICLE}\\s+)?${NAME_WORD}){0,${max - 1}}`;
}

/** How many name words a person's name may have in `lang`. */
export function maxNameWords(lang: Lang): number {
  return PEOPLE_RULES[lang].maxNameWords;
}

/** The pattern source of a name in `lang`, for embedding in larger patterns. */
export function nameSource(lang: Lang): string {
  return namePattern(maxNameWords(lang));
}

const stickyName = releasable(memo((lang: Lang) => new RegExp(nameSource(lang), 'uy')));

/**
 * Reads a name starting exactly at `pos` of `text`. The name is cut before the
 * first word that cannot be part of a personal name ("Ted Sarandos Ende Juli"
 * gives "Ted Sarandos") and before `limit` (where an organization starts).
 * Returns undefined when no name word stands at `pos`.
 */
export function readName(text: string, pos: number, lang: Lang, limit = text.length): NameMatch | undefined {
  const re = stickyName(lang);
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const stop = PEOPLE_RULES[lang].notNames;
  const tokenRe = /\S+/gu;
  let end = 0;
  let words = 0;
  let t: RegExpExecArray | null;
  while ((t = tokenRe.exec(m[0]))) {
    if (pos + t.index >= limit) break;
    const token = t[0];
    const isNameWord = /^\p{Lu}/u.test(token) && !/^\p{Lu}\.$/u.test(token);
    if (isNameWord && (stop.has(token) || NEVER_IN_NAMES.has(token))) break;
    if (isNameWord) {
      words++;
      end = t.index + token.length;
    }
  }
  if (words === 0) return undefined;
  return { name: m[0].slice(0, end), start: pos, end: pos + end, words };
}

export interface NameMatch {
  name: string;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** How many name words (particles and initials not counted). */
  words: number;
}

/**
 * Capitalized words of institutions' names that no personal name contains, so
 * that "said Real Madrid" or "said Manchester United" gives no person.
 */
const NEVER_IN_NAMES = new Set([
  'Real', 'United', 'City', 'Club', 'Sporting', 'Athletic', 'Atlético', 'Olympique', 'Inter', 'Dynamo', 'Bank', 'Banco',
  'Banque', 'Group', 'Groep', 'Gruppe', 'Gruppen', 'Grupo', 'Groupe', 'Studios', 'Media', 'News', 'Times', 'Post', 'Press',
  'Records', 'Pictures', 'Films', 'Entertainment', 'Games', 'Capital', 'Partners', 'Holdings', 'Airlines', 'Motors', 'Labs',
  'Technologies', 'Systems', 'Software', 'Energy', 'Foundation', 'Institute', 'University', 'Universität', 'Universidad',
  'Université', 'Universiteit', 'College', 'School', 'Hospital', 'Council', 'Ministry', 'Ministerium', 'Department',
  'Agency', 'Association', 'Union', 'Party', 'Partei', 'Government', 'Parliament', 'Senate', 'Congress', 'Court',
]);

/** The last name word of a full name ("Sarandos" of "Ted Sarandos"). */
export function surname(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1]!;
}
