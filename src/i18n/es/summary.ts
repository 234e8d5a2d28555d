import type { PersonRole } from '../../facts.js';
import { formatList } from '../format.js';
import type { Change, Figure, PersonMention, Speaker, SummaryText, WorkGenre } from '../sections/summary.js';
import { common } from './common.js';

const list = (items: readonly string[]) => formatList(items, 'es');
/** Role nouns for a woman, where they differ from the catalog's. */
const FEMININE: Partial<Record<PersonRole, string>> = {
  CEO: 'consejera delegada',
  'co-CEO': 'codirectora ejecutiva',
  author: 'autora',
  founder: 'fundadora',
  chair: 'presidenta del consejo',
  president: 'presidenta',
  director: 'directora',
  producer: 'productora',
  minister: 'ministra',
};
const roleOf = (role: PersonRole, feminine = false) => (feminine && FEMININE[role]) || common.roles[role];
const WORK: Record<WorkGenre, string> = { series: 'la serie', film: 'la película', documentary: 'el documental' };

/**
 * The opening phrase with its comma. A role follows the name as an apposition
 * ("Según Ted Sarandos, codirector ejecutivo,"), which needs no article.
 */
function according(s: Speaker): string {
  if (s.kind === 'article') return 'Según el artículo, ';
  if (s.kind === 'person' && s.role) return `Según ${s.name}, ${roleOf(s.role, s.feminine)}, `;
  return `Según ${s.name}, `;
}

const change = (c: Change | undefined) => (c ? `, un ${c.percent} ${c.down ? 'menos' : 'más'}` : '');
const person = (p: PersonMention) => (p.role ? `${p.name} (${roleOf(p.role, p.feminine)})` : p.name);
/** A percentage in running text takes "un": "un 20 %". */
const figure = (f: Figure) => (f.percent ? `un ${f.text}` : f.text);

export const summary: SummaryText = {
  labels: {
    articleLine: ({ articleLanguage, file }) => `${file} · artículo en ${articleLanguage}`,
    keyFacts: 'Datos clave',
    quotes: ({ articleLanguage }) => `Frases clave del original, en ${articleLanguage}`,
    noFacts: 'El artículo no aporta datos que se puedan resumir.',
  },
  quote: (text) => `«${text}»`,
  lead: ({ actor, work }) => {
    const parts = [actor, work && `${WORK[work.genre]} ${work.title}`].filter((p): p is string => !!p);
    return `El artículo trata sobre ${parts.join(' y ')}.`;
  },
  speedup: ({ speaker, factor, value }) =>
    `${according(speaker)}fue ${value === 2 ? 'el doble de rápido' : `${factor} más rápido`}.`,
  notWithinBudget: ({ speaker, otherwise }) =>
    `${according(speaker)}${otherwise ? 'de otro modo ' : ''}no habría sido posible dentro del presupuesto.`,
  fractionOfCost: ({ speaker }) => `${according(speaker)}costó solo una fracción de lo habitual.`,
  revenue: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}los ingresos ascendieron a ${amounts[0]}${change(c)}.`
      : `${according(speaker)}las cifras de ingresos fueron ${list(amounts)}.`,
  revenueChange: ({ speaker, change: c }) =>
    `${according(speaker)}los ingresos ${c.down ? 'cayeron' : 'crecieron'} un ${c.percent}.`,
  profit: ({ speaker, amounts, change: c }) =>
    amounts.length === 1
      ? `${according(speaker)}el beneficio fue de ${amounts[0]}${change(c)}.`
      : `${according(speaker)}las cifras de beneficio fueron ${list(amounts)}.`,
  profitChange: ({ speaker, change: c }) =>
    `${according(speaker)}el beneficio ${c.down ? 'cayó' : 'creció'} un ${c.percent}.`,
  budgetAmount: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}se trata de un presupuesto de ${amounts[0]}.`
      : `${according(speaker)}se trata de presupuestos de ${list(amounts)}.`,
  cost: ({ speaker, amounts }) =>
    amounts.length === 1
      ? `${according(speaker)}se trata de un coste de ${amounts[0]}.`
      : `${according(speaker)}se trata de costes de ${list(amounts)}.`,
  otherFigures: ({ figures }) => `El artículo menciona además ${list(figures.map(figure))}.`,
  organizations: ({ names }) =>
    `${names.length === 1 ? 'Organización mencionada' : 'Organizaciones mencionadas'}: ${list(names)}.`,
  people: ({ people }) =>
    `${people.length === 1 ? 'Persona mencionada' : 'Personas mencionadas'}: ${list(people.map(person))}.`,
  sources: ({ names }) => `${names.length === 1 ? 'Fuente citada' : 'Fuentes citadas'}: ${list(names)}.`,
};
