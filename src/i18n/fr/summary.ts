import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'fr');
/** Role nouns for a woman, where they differ from the catalog's. */
const FEMININE: Partial<Record<PersonRole, string>> = {
  'co-CEO': 'codirectrice générale',
  author: 'autrice',
  founder: 'fondatrice',
  chair: 'présidente du conseil',
  president: 'présidente',
  director: 'réalisatrice',
  producer: 'productrice',
};
const roleOf = (role: PersonRole, feminine = false) => (feminine && FEMININE[role]) || common.roles[role];
const WORK: Record<WorkGenre, string> = { series: 'la série', film: 'le film', documentary: 'le documentaire' };
/** "de" before a figure, elided before a vowel: "de 4 millions", "d'environ 9 millions". */
const de = (text: string) => (/^[aeiouyhàâéèêîïôûü]/iu.test(text) ? `d'${text}` : `de ${text}`);
/** French sets a colon off with a no-break space. */
const COLON = '\u00a0:';

/**
 * The opening phrase with its comma. A role follows the name as an apposition
 * ("Selon Ted Sarandos, codirecteur général,"), which needs no article.
 */
function according(s: Speaker): string {
  if (s.kind === 'article') return "Selon l'article, ";
  if (s.kind === 'person' && s.role) return `Selon ${s.name}, ${roleOf(s.role, s.feminine)}, `;
  return `Selon ${s.name}, `;
}

const change = (c: Change | undefined) => (c ? `, en ${c.down ? 'baisse' : 'hausse'} de ${c.percent}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role, p.feminine)})` : p.name);
const figure = (f: Figure) => f.text;

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · article en ${articleLanguage}`,
    keyFacts: 'Les faits essentiels',
    quotes: ({ articleLanguage }) => `Phrases clés de l'original, en ${articleLanguage}`,
    noFacts: "L'article ne donne aucun fait qui puisse être résumé.",
  },
  quote: (text) => `«\u00a0${text}\u00a0»`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `${WORK[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `L'article porte sur ${parts.join(' et ')}.`;
  },
  speedup: ({ speaker, factor }) => `${according(speaker)}c'était ${factor} plus rapide.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)}${otherwise ? 'sans cela, ce' : 'cela'} n'aurait pas été possible dans les limites du budget.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)}cela n'a coûté qu'une fraction du prix.`,
  revenue: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}le chiffre d'affaires s'est élevé à ${amounts[0]}${change(c)}.`
      : `${according(speaker)}les chiffres d'affaires indiqués sont ${de(list(amounts))}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)}le chiffre d'affaires a ${c.down ? 'baissé' : 'progressé'} de ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}le bénéfice s'est élevé à ${amounts[0]}${change(c)}.`
      : `${according(speaker)}les bénéfices indiqués sont ${de(list(amounts))}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)}le bénéfice a ${c.down ? 'baissé' : 'progressé'} de ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}il est question d'un budget ${de(amounts[0]!)}.`
      : `${according(speaker)}il est question de budgets ${de(list(amounts))}.`,
  cost: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}il est question d'un coût ${de(amounts[0]!)}.`
      : `${according(speaker)}il est question de coûts ${de(list(amounts))}.`,
  otherFigures: ({ figures }) => `L'article mentionne aussi ${list(figures.map(figure))}.`,
  organizations: ({ names }) =>
    `${names.length === 1 ? 'Organisation citée' : 'Organisations citées'}${COLON} ${list(names)}.`,
  people: ({ people }) =>
    `${people.length === 1 ? 'Personne citée' : 'Personnes citées'}${COLON} ${list(people.map(person))}.`,
  sources: ({ names }) => `${names.length === 1 ? 'Source citée' : 'Sources citées'}${COLON} ${list(names)}.`,
};
