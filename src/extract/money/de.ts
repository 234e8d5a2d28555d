/** German money rules: "rund 11 Milliarden US-Dollar Umsatz", "ein Gewinn von 3,1 Mrd. Euro". */
import type { MoneyLexicon } from './lexicon.js';
import { LETTER } from './pattern.js';

export const de: MoneyLexicon = {
  scales: [
    [String.raw`Billionen|Billion|Bio\.?`, 1e12],
    [String.raw`Milliarden|Milliarde|Mrd\.?|Mia\.?`, 1e9],
    [String.raw`Millionen|Million|Mio\.?`, 1e6],
    [String.raw`Tausend|Tsd\.?`, 1e3],
  ],
  currencies: [
    [String.raw`US-Dollar|US\s+Dollar|amerikanische\s+Dollar`, 'USD'],
    [String.raw`kanadische\s+Dollar`, 'CAD'],
    [String.raw`australische\s+Dollar`, 'AUD'],
    ['Dollar', 'USD'],
    ['Euro', 'EUR'],
    [String.raw`(?:britische\s+)?Pfund\s+Sterling|britische\s+Pfund`, 'GBP'],
    [String.raw`norwegische\s+Kronen?`, 'NOK'],
    [String.raw`schwedische\s+Kronen?`, 'SEK'],
    [String.raw`dänische\s+Kronen?`, 'DKK'],
    [String.raw`Schweizer\s+Franken|Franken|Fr\.`, 'CHF'],
    ['Yen', 'JPY'],
    ['Yuan|Renminbi', 'CNY'],
    [String.raw`argentinische\s+Pesos?`, 'ARS'],
  ],
  bareDollar: true,
  spaceGroups: false,
  join: '',
  approx: [
    'rund', 'etwa', 'ungefähr', 'knapp', String.raw`ca\.`, 'circa', 'zirka', 'fast', 'beinahe', 'annähernd',
    'nahezu', 'gut', 'über', String.raw`mehr\s+als`, String.raw`weniger\s+als`, 'unter', String.raw`bis\s+zu`,
    'mindestens', 'schätzungsweise', 'geschätzte', 'geschätzt', 'rd\\.',
  ],
  roles: {
    other: [
      String.raw`operative[rn]?\s+(?:Gewinns?|Ergebnis(?:ses)?)`, String.raw`Betriebsgewinn`, 'Bruttogewinn',
      'Vorsteuergewinn', String.raw`(?:Netto)?verlust(?:e|es)?`, 'EBITDA', 'EBIT', 'Schulden', 'Börsenwert',
      'Marktwert', 'Bewertung',
    ],
    revenue: [
      String.raw`(?:Quartals|Jahres|Konzern|Gesamt|Netto|Halbjahres)?(?:umsatz|umsätze|umsatzes)`,
      String.raw`Umsatzerlöse`, String.raw`Erlöse|Erlös|Erlösen`, String.raw`Einnahmen`,
    ],
    profit: [
      String.raw`(?:Quartals|Jahres|Konzern|Netto|Rein|Halbjahres)?(?:gewinn|gewinne|gewinns)`,
      String.raw`(?:Jahres|Konzern|Netto)?(?:überschuss|überschüsse|überschusses)`, 'Nettoergebnis',
    ],
    budget: [String.raw`[${LETTER}]*(?:budget|budgets)`, String.raw`Etats?`],
    cost: [String.raw`(?:Produktions|Gesamt|Herstellungs)?kosten`, 'kostete', 'kosteten', 'kostet', 'gekostet'],
  },
  filler: [
    'von', String.raw`in\s+Höhe\s+von`, 'auf', 'um', 'bei', 'betrug', 'betrugen', 'beträgt', 'lag', 'lagen',
    'liegt', 'stieg', 'stiegen', 'wuchs', 'wuchsen', 'kletterte', 'kletterten', 'sprang', 'legte', 'legten',
    'sank', 'sanken', 'fiel', 'fielen', 'ging', 'gingen', 'erreichte', 'erreichten', String.raw`belief\s+sich`,
    String.raw`beliefen\s+sich`, String.raw`summierte\s+sich`, 'ist', 'sind', 'war', 'waren', 'hat', 'haben',
    'hatte', 'sich', 'im', 'in', 'dem', 'des', 'der', 'die', 'das', 'den', 'ein', 'eine', 'einen', 'einem',
    'ersten', 'zweiten', 'dritten', 'vierten', 'abgelaufenen', 'vergangenen', 'vergangenes', 'letzten', 'letztes', 'dieses', 'diesem', 'Quartal', 'Quartals',
    'Geschäftsjahr', 'Geschäftsjahres', 'Jahr', 'Jahres', 'Halbjahr', 'Q[1-4]', 'zuletzt', 'insgesamt', 'nun',
    'damit', 'erstmals', 'zufolge', 'für', 'gestiegen', 'gewachsen', 'geklettert', 'gesunken', 'gefallen',
    'gekürzt', 'kürzte', 'erhöht', 'aufgestockt', 'wird', 'wurde',
  ],
  genitive: ['des', 'der', 'von', String.raw`für\s+(?:den|die|das)`],
  postLink: ['an'],
  roleTail: [
    String.raw`mit\s+[${LETTER}-]+`, String.raw`aus\s+(?:der\s+|dem\s+|den\s+)?[${LETTER}-]+`,
    String.raw`im\s+[${LETTER}-]*(?:geschäft|segment|bereich|sparte)`,
  ],
  growthVerbs: [
    'stieg', 'stiegen', 'wuchs', 'wuchsen', 'kletterte', 'kletterten', 'sprang', 'legte', 'legten',
    String.raw`erhöhte\s+sich`, 'gestiegen', 'gewachsen', 'geklettert',
  ],
  declineVerbs: [
    'gekürzt', 'kürzte', 'sank', 'sanken', 'fiel', 'fielen', String.raw`ging\s+zurück`, String.raw`verringerte\s+sich`,
    'schrumpfte', 'gesunken', 'gefallen',
  ],
  delta: ['um'],
  deltaAlone: ['um', 'plus', 'minus'],
  from: ['von'],
  to: ['auf'],
  between: ['zwischen'],
  and: ['und'],
  range: ['bis'],
  previous: ['nach', 'gegenüber', String.raw`verglichen\s+mit`, String.raw`im\s+Vergleich\s+zu`, 'zuvor', 'als', 'nachdem'],
  earlier: [
    String.raw`im\s+Vorjahr(?:eszeitraum|esquartal)?`, String.raw`vor\s+einem\s+Jahr`, String.raw`ein\s+Jahr\s+(?:zuvor|davor|früher)`,
    String.raw`im\s+gleichen\s+Zeitraum\s+des\s+Vorjahres`,
  ],
  perUnit: ['je', 'pro'],
  forecast: [
    'erwartet', 'erwarten', 'rechnet', 'rechnen', 'prognostiziert', 'prognostizieren', String.raw`Prognosen?`,
    'Ausblick', 'peilt', 'soll', 'sollen', 'dürfte', 'dürften',
  ],
};
