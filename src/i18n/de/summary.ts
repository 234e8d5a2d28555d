import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'de');
// Amounts stand where the accusative is wanted ("betrug … 380 Millionen norwegische Kronen"),
// which is the form formatMoney gives; "bei" would need the dative.
/** Role nouns for a woman, where they differ from the catalog's. */
const FEMININE: Partial<Record<PersonRole, string>> = {
  author: 'Autorin',
  founder: 'Gründerin',
  chair: 'Vorsitzende',
  president: 'Präsidentin',
  director: 'Regisseurin',
  producer: 'Produzentin',
  spokesperson: 'Sprecherin',
  analyst: 'Analystin',
  minister: 'Ministerin',
};
const roleOf = (role: PersonRole, feminine = false) => (feminine && FEMININE[role]) || common.roles[role];
/** The work as the object of "über" (accusative). */
const WORK_ACC: Record<WorkGenre, string> = { series: 'die Serie', film: 'den Film', documentary: 'den Dokumentarfilm' };

/**
 * The fronted adverbial; the verb follows it (V2). After "laut" a title stands
 * bare ("laut Co-CEO X"), but the adjectival noun "Vorsitzende" takes article and case.
 */
function according(s: Speaker): string {
  if (s.kind === 'article') return 'Dem Artikel zufolge';
  if (s.kind === 'person' && s.role) {
    const title = s.role === 'chair' ? (s.feminine ? 'der Vorsitzenden' : 'dem Vorsitzenden') : roleOf(s.role, s.feminine);
    return `Laut ${title} ${s.name}`;
  }
  return `Laut ${s.name}`;
}

const change = (c: Change | undefined) => (c ? `, ein ${c.down ? 'Minus' : 'Plus'} von ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role, p.feminine)})` : p.name);
const figure = (f: Figure) => f.text;

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · Artikel auf ${articleLanguage}`,
    keyFacts: 'Die wichtigsten Fakten',
    quotes: ({ articleLanguage }) => `Kernsätze im Original, auf ${articleLanguage}`,
    noFacts: 'Der Artikel nennt keine Fakten, die sich zusammenfassen lassen.',
  },
  quote: (text) => `„${text}“`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `${WORK_ACC[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `Der Artikel berichtet über ${parts.join(' und ')}.`;
  },
  speedup: ({ speaker, factor, value }) =>
    `${according(speaker)} war es ${value === 2 ? 'doppelt so schnell' : `${factor} schneller`}.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)} wäre es ${otherwise ? 'sonst ' : ''}im Rahmen des Budgets nicht möglich gewesen.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)} kostete es nur einen Bruchteil.`,
  revenue: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)} betrug der Umsatz ${amounts[0]}${change(c)}.`
      : `${according(speaker)} betrugen die Umsatzzahlen ${list(amounts)}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'sank' : 'stieg'} der Umsatz um ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)} betrug der Gewinn ${amounts[0]}${change(c)}.`
      : `${according(speaker)} betrugen die Gewinnzahlen ${list(amounts)}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'sank' : 'stieg'} der Gewinn um ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)} wird das Budget auf ${amounts[0]} beziffert.`
      : `${according(speaker)} werden die Budgets auf ${list(amounts)} beziffert.`,
  cost: ({ speaker, amounts }) => `${according(speaker)} werden die Kosten auf ${list(amounts)} beziffert.`,
  otherFigures: ({ figures }) => `Außerdem nennt der Artikel ${list(figures.map(figure))}.`,
  organizations: ({ names }) => `Genannte ${names.length === 1 ? 'Organisation' : 'Organisationen'}: ${list(names)}.`,
  people: ({ people }) => `Genannte ${people.length === 1 ? 'Person' : 'Personen'}: ${list(people.map(person))}.`,
  sources: ({ names }) => `Zitierte ${names.length === 1 ? 'Quelle' : 'Quellen'}: ${list(names)}.`,
};
