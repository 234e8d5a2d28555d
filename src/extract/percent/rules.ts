/** The regexes of one language's percent rules, compiled once from its lexicons. */
import type { Lang } from '../../facts.js';
import { numberWordPattern } from '../../text/numbers.js';
import type { MoneyLexicon } from '../money/lexicon.js';
import { LETTER, PERCENT_FIGURE, PERCENT_UNIT, WORD_END, WORD_START, numeral, words } from '../money/pattern.js';
import { MONEY_LEXICONS, moneyRules } from '../money/rules.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { PercentLexicon } from './lexicon.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

const PERCENT_LEXICONS: Record<Lang, PercentLexicon> = { en, de, nl, nb, es, fr };

export interface PercentRules {
  /** Global regex of percentages, for `matchSentences`; groups `sign`, `num`. */
  regex: RegExp;
  /** Whether a text may hold a percentage: every one has a percent sign or word. */
  needs(text: string): boolean;
  forecast: RegExp;
  /** At the end: a role word and "and" ("revenue and profit rose 16% and 20%"). */
  joinedBefore: RegExp;
  /** At the end: role word, fillers, verb of growth ("revenue rose by "). */
  roleVerbBefore: RegExp;
  /** At the end: "to" ("the share of revenue rose to 16%" is a level, not a growth). */
  toBefore: RegExp;
  /** At the end: role word and fillers ("Der Umsatz ist um "), with `verbAfter` at the start after the value. */
  roleBefore: RegExp;
  verbAfter: RegExp;
  /** At the end: "revenue growth of "; at the start: " revenue growth". */
  roleGrowthBefore: RegExp;
  roleGrowthAfter: RegExp;
  /** At the end: "an increase of "; at the start: " in revenue". */
  nounBefore: RegExp;
  ofRoleAfter: RegExp;
  /** At the start: " increase in revenue", " more revenue". */
  nounOfRoleAfter: RegExp;
  moreRoleAfter: RegExp;
  /** Between an amount with a role and the value: " (ein Anstieg von ", ", up ", " representing a ". */
  attachGap: RegExp;
  /** At the start, when the gap named no growth: " year-over-year increase", " higher". */
  attachAfter: RegExp;
}

function compile(lang: Lang, money: MoneyLexicon, lex: PercentLexicon): PercentRules {
  const { roles, roleHead, figureFiller, forecast, joinedBefore } = moneyRules(lang);
  const roleGrowth = (['revenue', 'profit'] as const).map((k) => `(?<${k}>${words(lex.roleGrowth[k])})`).join('|');
  // A fall is no growth: verbs of falling do not stand in a chain towards a value.
  const filler = `(?:${words([...money.filler.filter((f) => !money.declineVerbs.includes(f)), ...lex.yoy, ...money.delta])}|${PERCENT_FIGURE}|${figureFiller})`;
  const growth = words([...money.growthVerbs, ...lex.up]);
  const delta = words([...money.delta, ...money.deltaAlone]);
  const yoy = `(?:${words(lex.yoy)}\\s+)?`;
  const article = `(?:${words(lex.article)}\\s+)?`;
  const ofRole = words(lex.ofRole);
  const nouns = words(lex.nouns);
  const num = numeral(false);
  const numberWords = `${WORD_START}(?:${numberWordPattern(lang, { min: 2 })})${WORD_END}`;
  const unit = new RegExp(PERCENT_UNIT, 'iu');
  return {
    needs: (text) => unit.test(text),
    regex: new RegExp(
      `(?<![${LETTER}0-9])(?:(?<sign>[-+−])\\s?)?(?<![\\d][-–]\\s?|[\\d]\\s[-–]\\s?)(?<num>${num}|${numberWords})\\s?(?:${PERCENT_UNIT})` +
        `(?![${LETTER}])(?!\\s?-?\\s?(?:punkt|point|poeng|punt))`,
      'giu',
    ),
    forecast,
    joinedBefore,
    roleVerbBefore: new RegExp(`${roleHead}(?:\\s+${filler})*\\s+(?:${growth})(?:\\s+${filler})*\\s*$`, 'iu'),
    roleBefore: new RegExp(`${roleHead}(?:\\s+${filler})*\\s*$`, 'iu'),
    toBefore: new RegExp(`${words(money.to)}\\s*$`, 'iu'),
    verbAfter: new RegExp(`^\\s*(?:${filler}\\s+){0,3}?${words(lex.after)}`, 'iu'),
    roleGrowthBefore: new RegExp(`(?:${roleGrowth})(?:\\s+(?:${filler}|${words(lex.nounLink)}))*\\s*$`, 'iu'),
    roleGrowthAfter: new RegExp(`^\\s*${yoy}(?:${roleGrowth})`, 'iu'),
    nounBefore: new RegExp(`${article}${nouns}\\s+${words(lex.nounLink)}(?:\\s+${delta})?\\s*$`, 'iu'),
    ofRoleAfter: new RegExp(`^\\s*${yoy}${ofRole}\\s+${article}(?:${roles})`, 'iu'),
    nounOfRoleAfter: new RegExp(`^\\s*${yoy}${nouns}\\s+${ofRole}\\s+${article}(?:${roles})`, 'iu'),
    moreRoleAfter: new RegExp(`^\\s*${words(lex.more)}\\s+(?:${ofRole}\\s+)?${article}(?:${roles})`, 'iu'),
    attachGap: new RegExp(
      `^(?<lead>(?:\\s+(?:${words(lex.period)}(?:\\s+[^\\s,;()]+){1,5}|${words(lex.when)}))?\\s*[(,;–—-]?\\s*(?:${words(lex.relative)}\\s+)?)` +
        `(?<phrase>${article}(?:(?<noun>${nouns})\\s+${words(lex.nounLink)}(?:\\s+${delta})?|(?<up>${growth})(?:\\s+${delta})?)?)\\s*$`,
      'iud',
    ),
    attachAfter: new RegExp(`^\\s*(?:${yoy}${nouns}|${words(lex.after)})`, 'iu'),
  };
}

export const percentRules = releasable(memo((lang: Lang): PercentRules => compile(lang, MONEY_LEXICONS[lang], PERCENT_LEXICONS[lang])));
