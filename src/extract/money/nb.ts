/** Norwegian (Bokmål) money rules: "rundt 11 milliarder dollar i inntekter", "et overskudd på 3,1 mrd. kroner". */
import type { MoneyLexicon } from './lexicon.js';
import { LETTER } from './pattern.js';

export const nb: MoneyLexicon = {
  scales: [
    ['billioner|billion', 1e12],
    [String.raw`milliarder|milliard|mrd\.?`, 1e9],
    [String.raw`millioner|million|mill\.?|mln\.?`, 1e6],
    ['tusen', 1e3],
  ],
  currencies: [
    [String.raw`amerikanske\s+dollar|US-dollar|US\s+dollar`, 'USD'],
    [String.raw`kanadiske\s+dollar`, 'CAD'],
    [String.raw`australske\s+dollar`, 'AUD'],
    ['dollar', 'USD'],
    ['euro', 'EUR'],
    [String.raw`britiske\s+pund|pund\s+sterling`, 'GBP'],
    [String.raw`svenske\s+kroner`, 'SEK'],
    [String.raw`danske\s+kroner`, 'DKK'],
    [String.raw`norske\s+kroner|kroner|kr\.?`, 'NOK'],
    [String.raw`sveitsiske\s+franc`, 'CHF'],
    ['yen', 'JPY'],
    ['yuan', 'CNY'],
  ],
  bareDollar: true,
  spaceGroups: true,
  join: '',
  approx: [
    'rundt', 'omtrent', 'cirka', String.raw`ca\.`, 'nesten', 'drøyt', 'drøye', 'nærmere', 'over', String.raw`mer\s+enn`,
    String.raw`i\s+overkant\s+av`, String.raw`i\s+underkant\s+av`, 'under', 'snaut', 'knapt', 'knappe',
    String.raw`om\s+lag`, String.raw`opp\s+mot`, 'minst', 'omkring', String.raw`anslagsvis`,
  ],
  roles: {
    other: [
      String.raw`driftsresultat(?:et)?`, String.raw`brutto(?:fortjeneste|resultat)(?:en|et)?`,
      String.raw`underskudd(?:et)?`, String.raw`tap(?:et)?`, String.raw`gjeld(?:en)?`, String.raw`børsverdi(?:en)?`,
      String.raw`markedsverdi(?:en)?`, 'ebitda', 'ebit',
    ],
    revenue: [
      String.raw`(?:kvartals|års|total|drifts|salgs)?inntekt(?:er|ene|en)?`, String.raw`omsetning(?:en)?`, 'omsatte',
    ],
    profit: [
      String.raw`(?:netto)?overskudd(?:et)?`, String.raw`netto\s+overskudd(?:et)?`,
      String.raw`(?:netto|års)?resultat(?:et)?`, String.raw`(?:netto)?fortjeneste(?:n)?`,
    ],
    budget: [String.raw`[${LETTER}]*budsjett(?:et|er|ene)?`],
    cost: [String.raw`(?:produksjons|totale\s+)?kostnad(?:er|ene|en)?`, 'kostet', 'koster'],
  },
  filler: [
    'på', 'ble', 'var', 'er', 'har', 'hadde', 'blitt', 'endte', 'landet', 'kom', 'økte', 'steg', 'vokste',
    'falt', 'sank', 'gikk', 'til', 'i', 'med', 'første', 'andre', 'tredje', 'fjerde', 'kvartal', 'kvartalet',
    'året', 'halvåret', 'regnskapsåret', 'Q[1-4]', 'totalt', 'samlet', 'hele', 'nå', 'dermed', 'ifølge',
    'økt', 'steget', 'sunket', 'kuttet', 'kutta', 'redusert', 'blir', 'for', 'fjor',
  ],
  genitive: ['til', 'for', 'av'],
  postLink: ['i'],
  roleTail: [String.raw`fra\s+[${LETTER}-]+`],
  growthVerbs: ['økte', 'steg', 'vokste', String.raw`gikk\s+opp`, 'økt', 'steget', 'vokst', 'forbedret'],
  declineVerbs: ['kuttet', 'kutta', 'falt', 'sank', String.raw`gikk\s+ned`, 'krympet', 'sunket', 'redusert'],
  delta: ['med'],
  deltaAlone: ['med', 'opp', 'ned'],
  from: ['fra'],
  to: ['til'],
  between: ['mellom'],
  and: ['og'],
  range: ['til'],
  previous: ['fra', 'mot', String.raw`sammenlignet\s+med`, String.raw`sammenliknet\s+med`, 'enn', 'etter'],
  earlier: [
    String.raw`året\s+før`, String.raw`ett\s+år\s+tidligere`, String.raw`for\s+ett\s+år\s+siden`,
    String.raw`(?:i\s+)?samme\s+(?:kvartal|periode)\s+i\s+fjor`, String.raw`året\s+innen`,
  ],
  perUnit: ['per', String.raw`pr\.`, 'pr', 'hver', 'stykket'],
  forecast: [
    'venter', 'forventer', 'forventet', String.raw`prognose(?:r|n)?`, 'anslår', 'skal', 'spår', 'regner',
  ],
};
