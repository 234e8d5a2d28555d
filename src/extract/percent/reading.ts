/**
 * Reading one percentage in its sentence: is it the growth of revenue or of
 * profit? Each rule that recognises a growth phrase around the value names a
 * role; the value gets a role only when the rules that fire agree.
 */
import type { PercentRole } from '../../facts.js';
import { textAfter, textBefore } from '../money/pattern.js';
import { roleOf } from '../money/rules.js';
import { ROLE_GROWTH } from './lexicon.js';
import type { PercentRules } from './rules.js';

/** An amount of money with a role in the same sentence (offsets relative to the sentence). */
export interface RoleAmount {
  role: string;
  start: number;
  end: number;
}

export interface PercentReading {
  role?: PercentRole;
  /** The evidence span: the value, widened to its growth phrase where one is recognised. */
  start: number;
  end: number;
}

interface Hit {
  role: PercentRole | undefined;
  start: number;
  end: number;
}

const MAX_GAP = 80;

const growthOf = (match: RegExpExecArray): PercentRole | undefined => {
  const role = roleOf(match);
  return role === 'revenue' || role === 'profit' ? ROLE_GROWTH[role] : undefined;
};

/** The value spans [start, end) of `text`; `growing` is false for a value written with a minus. */
export function readPercent(
  text: string,
  start: number,
  end: number,
  growing: boolean,
  amounts: readonly RoleAmount[],
  rules: PercentRules,
): PercentReading {
  const plain: PercentReading = { start, end };
  if (!growing || rules.forecast.test(text)) return plain;
  const { from, text: before } = textBefore(text, start);
  const after = textAfter(text, end);
  const hits: Hit[] = [];
  const afterEnd = (m: RegExpExecArray) => end + m.index + m[0].length;

  // "Revenue and profit rose 16% and 20%": the role word before does not say which value is whose.
  const joined = (m: RegExpExecArray | null) => m && rules.joinedBefore.test(before.slice(0, m.index));
  let m = rules.roleVerbBefore.exec(before);
  if (m && !joined(m) && !rules.toBefore.test(before)) hits.push({ role: growthOf(m), start: from + m.index, end });
  const roleBefore = rules.roleBefore.exec(before);
  const verbAfter = roleBefore && rules.verbAfter.exec(after);
  if (roleBefore && verbAfter && !joined(roleBefore)) {
    hits.push({ role: growthOf(roleBefore), start: from + roleBefore.index, end: afterEnd(verbAfter) });
  }
  if ((m = rules.roleGrowthBefore.exec(before))) hits.push({ role: growthOf(m), start: from + m.index, end });
  if ((m = rules.roleGrowthAfter.exec(after))) hits.push({ role: growthOf(m), start, end: afterEnd(m) });
  const noun = rules.nounBefore.exec(before);
  const ofRole = noun && rules.ofRoleAfter.exec(after);
  if (noun && ofRole) hits.push({ role: growthOf(ofRole), start: from + noun.index, end: afterEnd(ofRole) });
  if ((m = rules.nounOfRoleAfter.exec(after) ?? rules.moreRoleAfter.exec(after))) hits.push({ role: growthOf(m), start, end: afterEnd(m) });
  const attached = attach(text, start, end, amounts, rules);
  if (attached) hits.push(attached);

  const roles = new Set(hits.map((h) => h.role));
  const hit = hits[0];
  if (!hit || roles.size !== 1 || hit.role === undefined) return plain;
  return { role: hit.role, start: Math.min(...hits.map((h) => h.start)), end: Math.max(...hits.map((h) => h.end)) };
}

/** A growth phrase right after an amount with a role: "11 Mrd. Umsatz (ein Anstieg von 16 %)". */
function attach(text: string, start: number, end: number, amounts: readonly RoleAmount[], rules: PercentRules): Hit | undefined {
  const amount = amounts.filter((a) => a.end <= start).at(-1);
  if (!amount || (amount.role !== 'revenue' && amount.role !== 'profit')) return undefined;
  // The growth phrase follows the amount closely; a long gap is another clause.
  if (start - amount.end > MAX_GAP) return undefined;
  const gap = rules.attachGap.exec(text.slice(amount.end, start));
  if (!gap) return undefined;
  const phraseStart = amount.end + gap.indices!.groups!.phrase![0];
  const role = ROLE_GROWTH[amount.role];
  const plus = text[start] === '+';
  if (gap.groups!.noun !== undefined || gap.groups!.up !== undefined || plus) return { role, start: phraseStart, end };
  const after = rules.attachAfter.exec(textAfter(text, end));
  return after ? { role, start: phraseStart, end: end + after.index + after[0].length } : undefined;
}
