/** The regular expressions of each language's rules for people, built once. */
import type { Lang } from '../../facts.js';
import { wordGate } from '../gate.js';
import { AT_WORD_START, guardedMatches } from '../matches.js';
import { escapeRegExp } from '../organizations/words.js';
import { PEOPLE_RULES, type RoleCue } from './rules.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

export interface PeoplePatterns {
  /** A preposition (and article) after a role: " of the ", " de la ". */
  roleOf: RegExp;
  /** An adjective after a role: " belge". */
  roleAdjective: RegExp | undefined;
  /** A comma (and article) before a role that follows a name: ", the ". */
  commaBeforeRole: RegExp;
  /** A preposition of place right before a name: "in ". */
  placeBefore: RegExp;
  /** The word that opens a byline. */
  byline: RegExp;
  /** The conjunction between two authors of a byline. */
  and: RegExp;
  /** A verb of saying before a name (global), to be read where `AT_WORD_START` holds (see `speakerVerbs`). */
  speakerVerb: RegExp;
  /** What may follow a speaker's name. */
  afterSpeaker: RegExp;
}

const list = (words: string[]) => words.map(escapeRegExp).join('|');

function compile(lang: Lang): PeoplePatterns {
  const r = PEOPLE_RULES[lang];
  return {
    roleOf: new RegExp(`^\\s+(?:${list(r.roleOf)})\\s+(?:(?:${list(r.articles)})\\s+)?`, 'iu'),
    roleAdjective: r.roleAdjective ? new RegExp(`^\\s+(?:${r.roleAdjective})(?=\\s)`, 'u') : undefined,
    commaBeforeRole: new RegExp(`,\\s+(?:(?:${list(r.articles)})\\s+)?$`, 'iu'),
    placeBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${list(r.placePrepositions)})\\s+$`, 'iu'),
    byline: new RegExp(`^(?:${list(r.byline)})\\s+`, 'u'),
    and: new RegExp(`^\\s+(?:${list(r.and)})\\s+`, 'u'),
    speakerVerb: new RegExp(`(?:${r.reportingVerbs.join('|')})\\s+`, 'gu'),
    afterSpeaker: new RegExp(`^(?:\\s*(?:[.,;:!?)"”»’'–—(]|$)|\\s+(?:${list(r.afterSpeaker)})(?![\\p{L}\\p{N}]))`, 'u'),
  };
}
export const peoplePatterns = releasable(memo(compile));

/** Matches wherever one of the language's role cues does (case-insensitive): a sentence without a match has no role word. */
export const anyCuePattern = releasable(memo((lang: Lang): RegExp => wordGate(PEOPLE_RULES[lang].roles.map((r) => r.cue), 'iu')));

/** The verbs of saying in `text` that start a word. */
export function speakerVerbs(lang: Lang, text: string): RegExpExecArray[] {
  return guardedMatches(text, peoplePatterns(lang).speakerVerb, AT_WORD_START);
}

const cuePattern = releasable(memo((cue: RoleCue) => new RegExp(`(?:${cue.cue})(?![\\p{L}\\p{N}])`, 'giu')));
/** The matches of a role cue as a whole word in `text`, case-insensitive. */
export function cueMatches(cue: RoleCue, text: string): Iterable<RegExpExecArray> {
  return guardedMatches(text, cuePattern(cue), AT_WORD_START);
}
