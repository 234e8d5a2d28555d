import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'en');
/** Role nouns here are the same for women and men. */
const roleOf = (role: PersonRole) => common.roles[role];
const GENRE: Record<WorkGenre, string> = { series: 'series', film: 'film', documentary: 'documentary' };

function according(s: Speaker): string {
  if (s.kind === 'article') return 'According to the article';
  if (s.kind === 'person' && s.role) return `According to ${roleOf(s.role)} ${s.name}`;
  return `According to ${s.name}`;
}

const change = (c: Change | undefined) => (c ? `, ${c.down ? 'down' : 'up'} ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role)})` : p.name);
const figure = (f: Figure) => f.text;

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · article in ${articleLanguage}`,
    keyFacts: 'Key facts',
    quotes: ({ articleLanguage }) => `Key sentences of the original (${articleLanguage})`,
    noFacts: 'The article states no facts that a summary could use.',
  },
  quote: (text) => `“${text}”`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `the ${GENRE[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `The article reports on ${parts.join(' and ')}.`;
  },
  speedup: ({ speaker, factor, value }) =>
    `${according(speaker)}, it was ${value === 2 ? 'twice as fast' : `${factor} faster`}.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)}, it would not have been possible within the budget${otherwise ? ' otherwise' : ''}.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)}, it was done for a fraction of the cost.`,
  revenue: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}, revenue was ${amounts[0]}${change(c)}.`
      : `${according(speaker)}, the revenue figures were ${list(amounts)}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)}, revenue ${c.down ? 'fell' : 'grew'} by ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}, profit was ${amounts[0]}${change(c)}.`
      : `${according(speaker)}, the profit figures were ${list(amounts)}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)}, profit ${c.down ? 'fell' : 'grew'} by ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}, the budget is put at ${amounts[0]}.`
      : `${according(speaker)}, the budgets are put at ${list(amounts)}.`,
  cost: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}, the cost is put at ${amounts[0]}.`
      : `${according(speaker)}, the costs are put at ${list(amounts)}.`,
  otherFigures: ({ figures }) => `The article also mentions ${list(figures.map(figure))}.`,
  organizations: ({ names }) => `${names.length === 1 ? 'Organization' : 'Organizations'} named: ${list(names)}.`,
  people: ({ people }) => `${people.length === 1 ? 'Person' : 'People'} named: ${list(people.map(person))}.`,
  sources: ({ names }) => `${names.length === 1 ? 'Source' : 'Sources'} cited: ${list(names)}.`,
};
