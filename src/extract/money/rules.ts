/** The regexes of one language's money rules, compiled once from its lexicon. */
import type { Lang, MoneyRole } from '../../facts.js';
import { amountGrammar, type AmountGrammar } from './grammar.js';
import type { MoneyLexicon } from './lexicon.js';
import { LETTER, PERCENT_FIGURE, words } from './pattern.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

export const MONEY_LEXICONS: Record<Lang, MoneyLexicon> = { en, de, nl, nb, es, fr };

export type RoleOrOther = MoneyRole | 'other';
const ROLE_KEYS: readonly RoleOrOther[] = ['other', 'revenue', 'profit', 'budget', 'cost'];

export interface MoneyRules {
  grammar: AmountGrammar;
  /** Regex source of the role words, one named group per role. */
  roles: string;
  /** Regex source of a role word with its complement ("budget de l'édition"), one named group per role. */
  roleHead: string;
  /** Regex source of a bare figure standing in such a chain ("1 Mrd."). */
  figureFiller: string;
  /** A role word and its chain of fillers at the end of the text. */
  roleBefore: RegExp;
  /** A role word after linking words, or right after, at the start of the text. */
  roleAfterLinked: RegExp;
  roleAfterDirect: RegExp;
  /**
   * "revenue and profit were $11 billion and $3 billion": role words joined
   * like the amounts are do not say which amount is which.
   */
  joinedBefore: RegExp;
  joinedAfter: RegExp;
  /** The whole text is "and" (between two amounts). */
  joiner: RegExp;
  /** At the end: a verb of change or a preposition of change ("rose", "stieg um"). */
  delta: RegExp;
  previous: RegExp;
  earlier: RegExp;
  perUnit: RegExp;
  forecast: RegExp;
  /**
   * At the end: "to", "and", a range word or dash: what `fromTo` and `deltaLink`,
   * `between`, `range` end with (small patterns, tried before those large ones).
   */
  toAtEnd: RegExp;
  andAtEnd: RegExp;
  rangeAtEnd: RegExp;
  /** At the end: "from <figure> to", "rose <figure> to", "between <figure> and", "<figure> to". */
  fromTo: RegExp;
  deltaLink: RegExp;
  between: RegExp;
  range: RegExp;
  /** At the start: the rest of a range whose second figure has the scale ("-2 billion"). */
  rangeContinues: RegExp;
}

/** The role a match of a `roles` regex stands for. */
export function roleOf(match: RegExpExecArray): RoleOrOther | undefined {
  return ROLE_KEYS.find((k) => match.groups?.[k] !== undefined);
}

function compile(lang: Lang, lex: MoneyLexicon): MoneyRules {
  const grammar = amountGrammar(lang, lex);
  const roles = ROLE_KEYS.map((k) => `(?<${k}>${words(lex.roles[k])})`).join('|');
  // "budget de l'édition", "Umsatz des Vereins": a one-word complement of the role word.
  const complement = `(?:\\s+${words(lex.genitive)}\\s*[${LETTER}][${LETTER}'’-]*)?`;
  const roleHead = `(?:${roles})${complement}:?`;
  const figureFiller = `\\d[\\d.,]*(?:\\s?(?:${grammar.scale}))?`;
  const filler = `(?:${words(lex.filler)}|${PERCENT_FIGURE}|${figureFiller})`;
  // The words between a role word and its value ("rose 16% in the quarter to");
  // a comma may stand before "to" ("Revenue rose 16%, to $11 billion").
  const chain = `(?:\\s+${filler}|,\\s+${words(lex.to)})*`;
  const change = words([...lex.growthVerbs, ...lex.declineVerbs]);
  const changeLink = `(?:${change}(?:\\s+${words(lex.delta)})?|${words(lex.deltaAlone)})`;
  const item = `(?<item>${grammar.figure})`;
  const notTail = `(?!\\s+${words(lex.roleTail)})`;
  return {
    grammar,
    roles,
    roleHead,
    figureFiller,
    roleBefore: new RegExp(`${roleHead}${chain}\\s*$`, 'iu'),
    roleAfterLinked: new RegExp(`^\\s*(?:${words(lex.postLink)}\\s+)+(?:${roles})${notTail}`, 'iu'),
    roleAfterDirect: new RegExp(`^\\s*(?:${roles})${notTail}${lex.directRoleEnd ? `(?=${lex.directRoleEnd})` : ''}`, 'iu'),
    // An article may follow "and": "le chiffre d'affaires et le bénéfice".
    joinedBefore: new RegExp(`(?:${roles})\\s*(?:${words(lex.and)}|&)\\s*(?:[${LETTER}'’]{1,5}\\s*)?$`, 'iu'),
    joinedAfter: new RegExp(`^\\s*(?:${words(lex.and)}|&)\\s*(?:${roles})`, 'iu'),
    joiner: new RegExp(`^\\s*(?:${words(lex.and)}|&)\\s*$`, 'iu'),
    delta: new RegExp(`${changeLink}\\s*$`, 'iu'),
    // An article may follow: "compared with the", "tegen een".
    previous: new RegExp(`${words(lex.previous)}\\s*(?:[${LETTER}'’]{1,5}\\s*)?$`, 'iu'),
    earlier: new RegExp(`^\\s*(?:[${LETTER}-]+\\s+){0,2}?${words(lex.earlier)}`, 'iu'),
    perUnit: new RegExp(`^\\s*${words(lex.perUnit)}`, 'iu'),
    forecast: new RegExp(`(?<!(?:than|enn|als|dan|lo|que)\\s+)${words(lex.forecast)}`, 'iu'),
    toAtEnd: new RegExp(`${words(lex.to)}\\s*$`, 'iu'),
    andAtEnd: new RegExp(`${words(lex.and)}\\s*$`, 'iu'),
    rangeAtEnd: new RegExp(`(?:${words(lex.range)}|[-–])\\s*$`, 'iu'),
    fromTo: new RegExp(`^[\\s\\S]*(?<link>${words(lex.from)})\\s+${item}\\s+${words(lex.to)}\\s*$`, 'iud'),
    deltaLink: new RegExp(`^[\\s\\S]*(?<link>${changeLink})\\s+${item}\\s+${words(lex.to)}\\s*$`, 'iud'),
    between: new RegExp(`^[\\s\\S]*(?<link>${words(lex.between)})\\s+${item}\\s+${words(lex.and)}\\s*$`, 'iud'),
    range: new RegExp(`^[\\s\\S]*${item}\\s*(?:${words(lex.range)}|[-–])\\s*$`, 'iud'),
    rangeContinues: new RegExp(
      `^\\s*(?:${words([...lex.range, ...lex.to, ...lex.and])}|[-–])\\s*(?:(?:${grammar.sign})\\s?)?\\d[\\d.,]*[\\s-]?(?:${grammar.scale})`,
      'iu',
    ),
  };
}

export const moneyRules = releasable(memo((lang: Lang): MoneyRules => compile(lang, MONEY_LEXICONS[lang])));
