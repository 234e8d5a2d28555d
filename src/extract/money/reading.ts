/**
 * Reading the amounts of one sentence: which is an old value of a change
 * (dropped), which stands in a range (no role), and which role the words
 * around each amount give it.
 */
import type { MoneyRole } from '../../facts.js';
import type { Amount } from './grammar.js';
import { textAfter, textBefore } from './pattern.js';
import { roleOf, type MoneyRules, type RoleOrOther } from './rules.js';

export interface MoneyReading {
  amount: Amount;
  role?: MoneyRole;
  /** The evidence span: the amount, widened to the role word where that is adjacent. */
  start: number;
  end: number;
}

interface Hit {
  role: RoleOrOther;
  start: number;
  end: number;
}

/** How an amount stands to the words and amounts before it. */
interface Link {
  /** Where the role words before the amount end: before "from" in "revenue rose from $1.5 billion to …". */
  roleEnd: number;
  /** Whether a verb or preposition of change right before the amount makes it a difference. */
  checkDelta: boolean;
  /** Joined to the next or previous amount by "and" ("$11 billion and $3 billion"). */
  joinedToNext: boolean;
  joinedToPrevious: boolean;
}

const overlaps = (a: Amount, start: number, end: number) => a.end > start && a.start < end;

export function readAmounts(text: string, amounts: readonly Amount[], rules: MoneyRules): MoneyReading[] {
  const dropped = new Set<Amount>();
  const ranged = new Set<Amount>();
  const links = new Map<Amount, Link>();
  const joined = (from: Amount | undefined, to: Amount | undefined) =>
    from !== undefined && to !== undefined && rules.joiner.test(text.slice(from.end, to.start));
  amounts.forEach((a, i) => {
    // "$1.5-2 billion": the first figure has no magnitude of its own.
    if (!a.scaled && rules.rangeContinues.test(textAfter(text, a.end))) dropped.add(a);
    const before = textBefore(text, a.start);
    const link: Link = {
      roleEnd: a.start,
      checkDelta: true,
      joinedToNext: joined(a, amounts[i + 1]),
      joinedToPrevious: joined(amounts[i - 1], a),
    };
    const toAtEnd = rules.toAtEnd.test(before.text);
    const fromTo = toAtEnd ? rules.fromTo.exec(before.text) : null;
    const deltaLink = fromTo || !toAtEnd ? null : rules.deltaLink.exec(before.text);
    const between = () => (rules.andAtEnd.test(before.text) ? rules.between.exec(before.text) : null);
    const range = fromTo || deltaLink ? null : (between() ?? (rules.rangeAtEnd.test(before.text) ? rules.range.exec(before.text) : null));
    const found = fromTo ?? deltaLink ?? range;
    if (found) {
      const [itemStart, itemEnd] = found.indices!.groups!.item!.map((i) => before.from + i) as [number, number];
      const inside = amounts.filter((b) => b !== a && overlaps(b, itemStart, itemEnd));
      if (fromTo) inside.forEach((b) => dropped.add(b));
      if (range) [a, ...inside].forEach((b) => ranged.add(b));
      const linkAt = found.indices!.groups!.link;
      if (linkAt && !range) Object.assign(link, { roleEnd: before.from + linkAt[0], checkDelta: false });
    }
    links.set(a, link);
  });
  // Expected revenue or profit is not the result; a planned cost or budget is still the cost or budget.
  const forecast = rules.forecast.test(text);
  return amounts
    .filter((a) => !dropped.has(a))
    .map((a) => {
      const reading: MoneyReading = { amount: a, start: a.start, end: a.end };
      if (ranged.has(a)) return reading;
      const hit = roleAround(text, a, links.get(a)!, rules);
      if (hit && hit.role !== 'other' && !(forecast && (hit.role === 'revenue' || hit.role === 'profit'))) {
        reading.role = hit.role;
        reading.start = Math.min(hit.start, a.start);
        reading.end = Math.max(hit.end, a.end);
      }
      return reading;
    });
}

/** The one role the words right before and right after the amount give it, if they agree. */
function roleAround(text: string, a: Amount, link: Link, rules: MoneyRules): Hit | undefined {
  const before = textBefore(text, link.roleEnd);
  const after = textAfter(text, a.end);
  if (rules.perUnit.test(after) || rules.previous.test(before.text)) return undefined;
  if (link.checkDelta && rules.delta.test(textBefore(text, a.start).text)) return undefined;
  let pre = rules.roleBefore.exec(before.text);
  let post = rules.roleAfterLinked.exec(after) ?? rules.roleAfterDirect.exec(after);
  // "compared with revenue of $9 billion": the comparison word may stand before the role word.
  if (pre && rules.previous.test(before.text.slice(0, pre.index))) pre = null;
  if (pre && link.joinedToNext && rules.joinedBefore.test(before.text.slice(0, pre.index))) pre = null;
  if (post && link.joinedToPrevious && rules.joinedAfter.test(after.slice(post.index + post[0].length))) post = null;
  const hits: Hit[] = [];
  if (pre) hits.push({ role: roleOf(pre)!, start: before.from + pre.index, end: a.end });
  if (post) hits.push({ role: roleOf(post)!, start: a.start, end: a.end + post.index + post[0].length });
  const tail = post ? after.slice(post.index + post[0].length) : after;
  if (hits.length === 0 || rules.earlier.test(tail)) return undefined;
  if (hits.length === 2 && hits[0]!.role !== hits[1]!.role) return undefined;
  return hits.length === 2 ? { role: hits[0]!.role, start: hits[0]!.start, end: hits[1]!.end } : hits[0];
}
