/** French money rules: "11 milliards de dollars de chiffre d'affaires", "un bénéfice net de 3,1 Md$". */
import type { MoneyLexicon } from './lexicon.js';

export const fr: MoneyLexicon = {
  scales: [
    ['billions?', 1e12],
    [String.raw`milliards?|Mds?|Mrds?`, 1e9],
    [String.raw`millions?|M`, 1e6],
    ['mille', 1e3],
  ],
  currencies: [
    [String.raw`dollars\s+(?:américains|US)|dollars?\s+américain`, 'USD'],
    [String.raw`dollars\s+canadiens`, 'CAD'],
    [String.raw`dollars\s+australiens`, 'AUD'],
    ['dollars?', 'USD'],
    ['euros?', 'EUR'],
    [String.raw`livres\s+sterling|livres\s+britanniques`, 'GBP'],
    [String.raw`couronnes\s+norvégiennes`, 'NOK'],
    [String.raw`couronnes\s+suédoises`, 'SEK'],
    [String.raw`couronnes\s+danoises`, 'DKK'],
    [String.raw`francs\s+suisses|CHF`, 'CHF'],
    ['yens?', 'JPY'],
    ['yuans?', 'CNY'],
    [String.raw`pesos\s+argentins`, 'ARS'],
  ],
  bareDollar: true,
  spaceGroups: true,
  join: String.raw`de\s+|d['’]\s?`,
  approx: [
    'environ', String.raw`près\s+de`, String.raw`près\s+d['’]`, 'quelque', 'presque', String.raw`plus\s+de`, String.raw`moins\s+de`,
    String.raw`autour\s+de`, 'approximativement', 'quasiment', String.raw`pas\s+loin\s+de`, String.raw`au\s+moins`,
    String.raw`un\s+peu\s+plus\s+de`, String.raw`un\s+peu\s+moins\s+de`, String.raw`jusqu['’]à`, String.raw`env\.`,
    String.raw`à\s+peu\s+près`, String.raw`de\s+l['’]ordre\s+de`, String.raw`plus\s+d['’]`, 'quasi',
  ],
  roles: {
    other: [
      String.raw`résultat\s+(?:opérationnel|d['’]exploitation|brut)`, String.raw`bénéfice\s+(?:opérationnel|d['’]exploitation|brut)`,
      String.raw`pertes?(?:\s+nettes?)?`, 'ebitda', 'ebit', 'dette', String.raw`valeur\s+boursière`, 'valorisation',
      String.raw`capitalisation(?:\s+boursière)?`,
    ],
    revenue: [String.raw`chiffre\s+d['’]affaires`, 'revenus', 'recettes', 'ventes'],
    profit: [String.raw`bénéfices?(?:\s+nets?)?`, String.raw`résultat\s+net`, 'profits?'],
    budget: ['budgets?'],
    cost: ['coûts?', 'coûte', 'coûté', 'coûtent', 'coûtera', 'coûtait'],
  },
  filler: [
    'de', String.raw`d['’]`, 'du', 'a', 'ont', 'est', 'sont', 'été', 'atteint', String.raw`s['’]est`, String.raw`s['’]élève`,
    String.raw`s['’]élevait`, String.raw`s['’]établit`, 'élevé', 'élevés', 'élevée', 'établi', 'établis', 'établie',
    'à', 'au', 'aux', 'en', 'le', 'la', 'les', String.raw`l['’]`, 'un', 'une', 'deuxième', 'second', 'premier',
    'troisième', 'quatrième', 'trimestre', 'semestre', 'exercice', 'année', 'an', 'T[1-4]', 'progressé',
    'augmenté', 'grimpé', 'bondi', 'reculé', 'baissé', 'chuté', 'diminué', 'totalisé', 'ressort', 'ressorti',
    'ainsi', 'record', 'montant', String.raw`d['’]un`, 'passé', 'passant', 'réduit', 'raboté', 'dernier',
  ],
  genitive: [String.raw`de\s+l['’]`, String.raw`de\s+la`, 'du', 'des', 'de', String.raw`d['’]`, String.raw`pour\s+(?:le|la|les|l['’])`],
  postLink: ['de', String.raw`d['’]`, 'en'],
  roleTail: [
    'publicitaires?', 'fiscales', String.raw`liée?s?\s+(?:à|aux)`, String.raw`issue?s?\s+d(?:e|u|es)`,
    String.raw`tirée?s?\s+d(?:e|u|es)`, 'numériques', 'internationales',
  ],
  growthVerbs: [
    'progressé', 'augmenté', 'grimpé', 'bondi', 'crû', 'progresse', 'augmente', 'grimpe', 'bondit',
    String.raw`en\s+hausse`, String.raw`en\s+progression`, String.raw`s['’]est\s+accru`, 'amélioré',
  ],
  declineVerbs: [
    'réduit', 'raboté', 'reculé', 'baissé', 'chuté', 'diminué', 'recule', 'baisse', 'chute', 'diminue',
    String.raw`en\s+baisse`, String.raw`en\s+recul`,
  ],
  delta: ['de', String.raw`d['’]`],
  deltaAlone: [],
  from: ['de', String.raw`d['’]`],
  to: ['à'],
  between: ['entre'],
  and: ['et'],
  range: ['à'],
  previous: ['contre', String.raw`par\s+rapport\s+à`, String.raw`comparé\s+à`, 'que', String.raw`qu['’]`, 'après'],
  earlier: [
    String.raw`l['’]année\s+précédente`, String.raw`un\s+an\s+plus\s+tôt`,
    String.raw`il\s+y\s+a\s+un\s+an`, String.raw`(?:sur|à)\s+la\s+même\s+période\s+de\s+l['’]an\s+dernier`,
  ],
  perUnit: ['par', String.raw`l['’]unité`, 'chacun', 'chacune'],
  forecast: [
    'prévoit', 'prévoient', 'table', 'tablent', String.raw`s['’]attend`, String.raw`s['’]attendent`, 'objectif', 'anticipe', 'anticipent', 'devrait', 'devraient',
  ],
};
