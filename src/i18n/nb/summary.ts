import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'nb');
/** Role nouns here are the same for women and men. */
const roleOf = (role: PersonRole) => common.roles[role];
/** The work in the definite form, which a following title takes ("serien El Eternauta"). */
const WORK: Record<WorkGenre, string> = { series: 'serien', film: 'filmen', documentary: 'dokumentaren' };

/** The fronted adverbial; the finite verb follows it (V2). */
function according(s: Speaker): string {
  if (s.kind === 'article') return 'Ifølge artikkelen';
  if (s.kind === 'person' && s.role) return `Ifølge ${roleOf(s.role)} ${s.name}`;
  return `Ifølge ${s.name}`;
}

const change = (c: Change | undefined) => (c ? `, en ${c.down ? 'nedgang' : 'økning'} på ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role)})` : p.name);
const figure = (f: Figure) => f.text;

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · artikkel på ${articleLanguage}`,
    keyFacts: 'Viktige fakta',
    quotes: ({ articleLanguage }) => `Kjernesetninger fra originalen, på ${articleLanguage}`,
    noFacts: 'Artikkelen oppgir ingen fakta som kan oppsummeres.',
  },
  quote: (text) => `«${text}»`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `${WORK[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `Artikkelen handler om ${parts.join(' og ')}.`;
  },
  speedup: ({ speaker, factor, value }) =>
    `${according(speaker)} gikk det ${value === 2 ? 'dobbelt så raskt' : `${factor} raskere`}.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)} ville det ${otherwise ? 'ellers ' : ''}ikke vært mulig innenfor budsjettet.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)} kostet det bare en brøkdel.`,
  revenue: ({ speaker, amounts, change: c }) =>
    `${according(speaker)} var inntektene på ${list(amounts)}${amounts.length === 1 ? change(c) : ''}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'falt' : 'økte'} inntektene med ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    `${according(speaker)} var overskuddet på ${list(amounts)}${amounts.length === 1 ? change(c) : ''}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)} ${c.down ? 'falt' : 'økte'} overskuddet med ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)} dreier det seg om et budsjett på ${amounts[0]}.`
      : `${according(speaker)} dreier det seg om budsjetter på ${list(amounts)}.`,
  cost: ({ speaker, amounts }) => `${according(speaker)} dreier det seg om kostnader på ${list(amounts)}.`,
  otherFigures: ({ figures }) => `Artikkelen nevner også ${list(figures.map(figure))}.`,
  organizations: ({ names }) => `${names.length === 1 ? 'Organisasjon' : 'Organisasjoner'} som nevnes: ${list(names)}.`,
  people: ({ people }) => `${people.length === 1 ? 'Person' : 'Personer'} som nevnes: ${list(people.map(person))}.`,
  sources: ({ names }) => `${names.length === 1 ? 'Oppgitt kilde' : 'Oppgitte kilder'}: ${list(names)}.`,
};
