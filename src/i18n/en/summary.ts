import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'en');
const GENRE: Record<WorkGenre, string> = { series: 'series', film: 'film', documentary: 'documentary' };

function according(s: Speaker): string {
  if (s.kind === 'article') return 'According to the article';
  if (s.kind === 'person' && s.role) return `According to ${common.roles[s.role]} ${s.name}`;
  return `According to ${s.name}`;
}

const change = (c: Change | undefined) => (c ? `, ${c.down ? 'down' : 'up'} ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${common.roles[p.role]})` : p.name);
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
  budgetStatement: ({ speaker }) => `${according(speaker)}, this made it possible within the budget.`,
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
      ? `${according(speaker)}, the budget was ${amounts[0]}.`
      : `${according(speaker)}, the budget figures were ${list(amounts)}.`,
  cost: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}, the cost was ${amounts[0]}.`
      : `${according(speaker)}, the costs were ${list(amounts)}.`,
  otherFigures: ({ figures }) => `The article also mentions ${list(figures.map(figure))}.`,
  organizations: ({ names }) => `${names.length === 1 ? 'Organization' : 'Organizations'} named: ${list(names)}.`,
  people: ({ people }) => `${people.length === 1 ? 'Person' : 'People'} named: ${list(people.map(person))}.`,
  sources: ({ names }) => `${names.length === 1 ? 'Source' : 'Sources'} cited: ${list(names)}.`,
};
