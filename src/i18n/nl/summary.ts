import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'nl');
/** Role nouns for a woman, where they differ from the catalog's. */
const FEMININE: Partial<Record<PersonRole, string>> = { founder: 'oprichtster', spokesperson: 'woordvoerster' };
const roleOf = (role: PersonRole, feminine = false) => (feminine && FEMININE[role]) || common.roles[role];
const WORK: Record<WorkGenre, string> = { series: 'de serie', film: 'de film', documentary: 'de documentaire' };

/** The fronted adverbial; the finite verb follows it (V2). */
function according(s: Speaker): string {
  if (s.kind === 'article') return 'Volgens het artikel';
  if (s.kind === 'person' && s.role) return `Volgens ${roleOf(s.role, s.feminine)} ${s.name}`;
  return `Volgens ${s.name}`;
}

const change = (c: Change | undefined) => (c ? `, een ${c.down ? 'daling' : 'stijging'} van ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role, p.feminine)})` : p.name);
const figure = (f: Figure) => f.text;

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · artikel in het ${articleLanguage}`,
    keyFacts: 'De belangrijkste feiten',
    quotes: ({ articleLanguage }) => `Kernzinnen uit het origineel, in het ${articleLanguage}`,
    noFacts: 'Het artikel noemt geen feiten die zich laten samenvatten.',
  },
  quote: (text) => `“${text}”`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `${WORK[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `Het artikel gaat over ${parts.join(' en ')}.`;
  },
  speedup: ({ speaker, factor, value }) =>
    `${according(speaker)} ging het ${value === 2 ? 'twee keer zo snel' : `${factor} sneller`}.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)} was het ${otherwise ? 'anders ' : ''}binnen het budget niet haalbaar geweest.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)} kostte het maar een fractie.`,
  revenue: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)} bedroeg de omzet ${amounts[0]}${change(c)}.`
      : `${according(speaker)} bedroegen de omzetcijfers ${list(amounts)}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'daalde' : 'steeg'} de omzet met ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)} bedroeg de winst ${amounts[0]}${change(c)}.`
      : `${according(speaker)} bedroegen de winstcijfers ${list(amounts)}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'daalde' : 'steeg'} de winst met ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)} gaat het om een budget van ${amounts[0]}.`
      : `${according(speaker)} gaat het om budgetten van ${list(amounts)}.`,
  cost: ({ speaker, amounts }) => `${according(speaker)} gaat het om kosten van ${list(amounts)}.`,
  otherFigures: ({ figures }) => `Verder noemt het artikel ${list(figures.map(figure))}.`,
  organizations: ({ names }) => `Genoemde ${names.length === 1 ? 'organisatie' : 'organisaties'}: ${list(names)}.`,
  people: ({ people }) => `Genoemde ${people.length === 1 ? 'persoon' : 'personen'}: ${list(people.map(person))}.`,
  sources: ({ names }) => `Aangehaalde ${names.length === 1 ? 'bron' : 'bronnen'}: ${list(names)}.`,
};
