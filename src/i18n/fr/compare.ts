import type { CompareText } from '../sections/compare.js';

/** French sets a no-break space before : and ; and inside « ». */
const NB = '\u00a0';

export const compare: CompareText = {
  figures: {
    speedup: 'Accélération',
    budget: 'Mention du budget',
    revenue: "Chiffre d'affaires",
    'revenue-growth': "Croissance du chiffre d'affaires",
    profit: 'Bénéfice',
    'profit-growth': 'Croissance du bénéfice',
    money: 'Montant',
    percent: 'Pourcentage',
  },
  organization: (name) => `Organisation${NB}: ${name}`,
  source: (name) => `Source${NB}: ${name}`,
  person: (name) => `Personne${NB}: ${name}`,
  groups: { figures: 'Chiffres', organization: 'Organisations', source: 'Sources citées', person: 'Personnes citées' },
  status: { agree: 'concordent', differ: 'divergent', single: 'un seul' },
  factColumn: 'Donnée',
  statusColumn: 'Statut',
  heading: (count) => (count === 1 ? '1 article comparé' : `${count} articles comparés`),
  legend: '✓ mentionné   — non mentionné   ≈ environ',
  page: (page, pages) => `Page ${page} sur ${pages}`,

  observationsHeading: 'Observations',
  noObservations: 'Aucune divergence, mention isolée ni passage commun trouvé.',
  differ: (label, groups) => `${label}${NB}: ${groups.join(`${NB}; `)}.`,
  differGroup: (value, articles, count) => `${articles} ${count === 1 ? 'indique' : 'indiquent'} ${value}`,
  single: (label, article, value) => `${label}${NB}: seul ${article} l'indique${value ? ` (${value})` : ''}.`,
  citesOnly: (article, name) => `Seul ${article} cite ${name} comme source.`,
  namesOnly: (article, names) => `Seul ${article} mentionne ${names}.`,
  inconsistent: (label, article, values) => `${label}${NB}: ${article} indique plus d'une valeur${NB}: ${values}.`,
  roleDiffers: (name, groups) => `${name}${NB}: ${groups.join(`${NB}; `)}.`,
  roleGroup: (role, articles) => `${role} dans ${articles}`,
  sharedPassage: (articles, language, words) =>
    `${articles} (tous deux en ${language}) partagent un passage de ${words} mots identiques${NB}; l'un peut reprendre l'autre, ou tous deux un texte commun.`,

  articlesHeading: 'Article par article',
  citesHeading: 'Sources et personnes citées',
  sourceMark: 'source',
  sameSentence: (labels) => `dans la même phrase${NB}: ${labels}`,
  omitsHeading: "Indiqué par d'autres articles, pas par celui-ci",
  unattributedHeading: 'Chiffres sans source ni personne avec fonction dans la même phrase',
  quote: (text) => `«${NB}${text}${NB}»`,
  none: 'aucun',
};
