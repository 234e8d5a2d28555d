/**
 * The key facts of an article as sentences in the reader's language: speed-up,
 * budget statement, revenue, profit and other amounts, people, organizations and
 * sources. Each sentence is built only from facts of this article and carries
 * their evidence; a kind the article does not state yields no sentence.
 */
import type { Article, Evidence, Fact, FactKind, FactOf, Lang, MoneyFact, MoneyRole, PercentFact, PercentRole, PersonRole } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { formatFactor, formatMoney, formatPercent } from '../i18n/format.js';
import type { Change, Figure, PersonMention, SummaryText } from '../i18n/sections/summary.js';
import { speakerFor } from './attribution.js';
import { statedFeminine } from './gender.js';
import { organizationDisplayName } from './names.js';
import type { SummarySentence } from './types.js';

/** The evidence of `facts`, each span once, in text order. */
function evidenceOf(facts: readonly Fact[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const f of facts) seen.set(`${f.evidence.start}:${f.evidence.end}`, f.evidence);
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

/** Groups `items` by `key`, keeping the order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

const moneyKey = (f: MoneyFact) => `${f.amount} ${f.currency}`;

/** One amount per distinct value; "about" when any mention of it is approximate. */
function amounts(group: readonly MoneyFact[][], lang: Lang): string[] {
  return group.map((same) => formatMoney(same[0]!.amount, same[0]!.currency, lang, same.some((f) => f.approximate)));
}

function changeOf(value: number, lang: Lang): Change {
  return { percent: formatPercent(Math.abs(value), lang), down: value < 0 };
}

type FactsByKind = { [K in FactKind]: FactOf<K>[] };

/** The facts of each kind, in article order: one pass, not a filter per sentence kind. */
function byKind(facts: readonly Fact[]): FactsByKind {
  const of: FactsByKind = { speedup: [], money: [], percent: [], budget: [], organization: [], person: [], source: [] };
  for (const f of facts) (of[f.kind] as Fact[]).push(f);
  return of;
}

interface Context {
  article: Article;
  facts: readonly Fact[];
  of: FactsByKind;
  lang: Lang;
  t: SummaryText;
}

function sentence(text: string, facts: readonly Fact[]): SummarySentence {
  return { text, evidence: evidenceOf(facts) };
}

function speedups({ article, facts, of, lang, t }: Context): SummarySentence[] {
  return groupBy(of.speedup, (f) => String(f.factor)).map((same) =>
    sentence(
      t.speedup({ speaker: speakerFor(article, facts, same, lang), factor: formatFactor(same[0]!.factor, lang), value: same[0]!.factor }),
      same,
    ),
  );
}

/**
 * The word a budget statement of the kind "for a fraction of the cost" turns on, in
 * any of the six languages; every other budget statement says that the work would
 * not have been possible within the budget.
 */
const FRACTION = /fraction|fracción|fractie|bruchteil|brøkdel/iu;
/** "Without" in any of the six languages: the statement names what made it possible ("… uten den"). */
const WITHOUT = /(?<!\p{L})(?:without|ohne|zonder|uten|sin|sans)(?!\p{L})/iu;

function budgetStatements({ article, facts, of, lang, t }: Context): SummarySentence[] {
  const stated = of.budget;
  const fraction = stated.filter((f) => FRACTION.test(f.evidence.text));
  const limit = stated.filter((f) => !fraction.includes(f));
  const out: SummarySentence[] = [];
  if (limit.length) {
    const otherwise = limit.some((f) => WITHOUT.test(f.evidence.sentence));
    out.push(sentence(t.notWithinBudget({ speaker: speakerFor(article, facts, limit, lang), otherwise }), limit));
  }
  if (fraction.length) out.push(sentence(t.fractionOfCost({ speaker: speakerFor(article, facts, fraction, lang) }), fraction));
  return out;
}

/** Revenue or profit with its change: one sentence when one amount and one change are given, else one per item. */
function withChange(
  c: Context,
  role: 'revenue' | 'profit',
  growth: PercentRole,
  amountSentence: SummaryText['revenue'],
  changeSentence: SummaryText['revenueChange'],
): SummarySentence[] {
  const { article, facts, of, lang } = c;
  const money = groupBy(
    of.money.filter((f) => f.role === role),
    moneyKey,
  );
  const changes = groupBy(
    of.percent.filter((f) => f.role === growth),
    (f) => String(f.value),
  );
  if (money.length === 1 && changes.length === 1) {
    const all = [...money[0]!, ...changes[0]!];
    const speaker = speakerFor(article, facts, all, lang);
    return [sentence(amountSentence({ speaker, amounts: amounts(money, lang), change: changeOf(changes[0]![0]!.value, lang) }), all)];
  }
  const out: SummarySentence[] = [];
  if (money.length) {
    const all = money.flat();
    out.push(sentence(amountSentence({ speaker: speakerFor(article, facts, all, lang), amounts: amounts(money, lang) }), all));
  }
  for (const same of changes) {
    out.push(sentence(changeSentence({ speaker: speakerFor(article, facts, same, lang), change: changeOf(same[0]!.value, lang) }), same));
  }
  return out;
}

function amountsOfRole(c: Context, role: MoneyRole, template: SummaryText['budgetAmount']): SummarySentence[] {
  const money = groupBy(
    c.of.money.filter((f) => f.role === role),
    moneyKey,
  );
  if (!money.length) return [];
  const all = money.flat();
  return [sentence(template({ speaker: speakerFor(c.article, c.facts, all, c.lang), amounts: amounts(money, c.lang) }), all)];
}

/** Amounts and percentages without a role, unless the same value is already given with one. */
function otherFigures({ of, lang, t }: Context): SummarySentence[] {
  const money = of.money;
  const percent = of.percent;
  const moneyWithRole = new Set(money.filter((f) => f.role).map(moneyKey));
  const percentWithRole = new Set(percent.filter((f) => f.role).map((f) => f.value));
  const bare: Array<MoneyFact | PercentFact> = [
    ...money.filter((f) => !f.role && !moneyWithRole.has(moneyKey(f))),
    ...percent.filter((f) => !f.role && !percentWithRole.has(f.value)),
  ].sort((a, b) => a.evidence.start - b.evidence.start);
  if (!bare.length) return [];
  const groups = groupBy(bare, (f) => (f.kind === 'money' ? `money ${moneyKey(f)}` : `percent ${f.value}`));
  const figures: Figure[] = groups.map((same) => {
    const f = same[0]!;
    return f.kind === 'money'
      ? { text: formatMoney(f.amount, f.currency, lang, same.some((m) => m.kind === 'money' && m.approximate)), percent: false }
      : { text: formatPercent(f.value, lang), percent: true };
  });
  return [sentence(t.otherFigures({ figures }), bare)];
}

function people({ article, facts, of, t }: Context): SummarySentence[] {
  const persons = of.person;
  if (!persons.length) return [];
  const mentions: PersonMention[] = groupBy(persons, (p) => p.name).map((same) => {
    const name = same[0]!.name;
    const role: PersonRole | undefined = same.find((p) => p.role)?.role;
    return { name, ...(role ? { role } : {}), ...(statedFeminine(name, facts, article.language) ? { feminine: true } : {}) };
  });
  return [sentence(t.people({ people: mentions }), persons)];
}

/** Organizations, except those cited as sources (the sources sentence names them). */
function organizations({ of, lang, t }: Context): SummarySentence[] {
  const sources = new Set(of.source.map((s) => s.name.toLowerCase()));
  const orgs = of.organization.filter(
    (f) => !sources.has(f.name.toLowerCase()) && !sources.has(f.canonical.toLowerCase()),
  );
  if (!orgs.length) return [];
  const names = groupBy(orgs, (f) => f.canonical).map((same) => organizationDisplayName(same[0]!, lang));
  return [sentence(t.organizations({ names: [...new Set(names)] }), orgs)];
}

function sources({ of, t }: Context): SummarySentence[] {
  const cited = of.source;
  if (!cited.length) return [];
  return [sentence(t.sources({ names: groupBy(cited, (s) => s.name.toLowerCase()).map((same) => same[0]!.name) }), cited)];
}

export function keyFactSentences(article: Article, facts: readonly Fact[], lang: Lang): SummarySentence[] {
  const t = catalog(lang).summary;
  const c: Context = { article, facts, of: byKind(facts), lang, t };
  return [
    ...speedups(c),
    ...budgetStatements(c),
    ...withChange(c, 'revenue', 'revenue-growth', t.revenue, t.revenueChange),
    ...withChange(c, 'profit', 'profit-growth', t.profit, t.profitChange),
    ...amountsOfRole(c, 'budget', t.budgetAmount),
    ...amountsOfRole(c, 'cost', t.cost),
    ...otherFigures(c),
    ...people(c),
    ...organizations(c),
    ...sources(c),
  ];
}
