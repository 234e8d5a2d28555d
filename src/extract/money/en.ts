/** English money rules: "$11 billion in revenue", "revenue rose 16% to $11 billion", "USD 11bn". */
import type { MoneyLexicon } from './lexicon.js';
import { WORD_END } from './pattern.js';

export const en: MoneyLexicon = {
  scales: [
    ['trillion|tn|trn', 1e12],
    ['billion|bn|bln|b', 1e9],
    ['million|mn|mln|mio|m', 1e6],
    ['thousand|k', 1e3],
  ],
  currencies: [
    [String.raw`(?:US|U\.S\.|American)\s?dollars?`, 'USD'],
    [String.raw`Canadian\s+dollars?`, 'CAD'],
    [String.raw`Australian\s+dollars?`, 'AUD'],
    [String.raw`Hong\s+Kong\s+dollars?`, 'HKD'],
    [String.raw`New\s+Zealand\s+dollars?`, 'NZD'],
    [String.raw`Singapore\s+dollars?`, 'SGD'],
    ['dollars?', 'USD'],
    ['euros?', 'EUR'],
    [String.raw`(?:British\s+)?pounds?\s+sterling|British\s+pounds?`, 'GBP'],
    [String.raw`Norwegian\s+(?:kroner|krone|crowns?)`, 'NOK'],
    [String.raw`Swedish\s+(?:kronor|krona|crowns?)`, 'SEK'],
    [String.raw`Danish\s+(?:kroner|krone|crowns?)`, 'DKK'],
    [String.raw`Swiss\s+francs?`, 'CHF'],
    ['yen', 'JPY'],
    ['yuan|renminbi', 'CNY'],
    [String.raw`Indian\s+rupees?`, 'INR'],
    [String.raw`Argentine\s+pesos?`, 'ARS'],
    [String.raw`Mexican\s+pesos?`, 'MXN'],
  ],
  bareDollar: true,
  spaceGroups: false,
  join: '',
  approx: [
    'around', 'about', 'roughly', 'nearly', 'almost', 'approximately', String.raw`approx\.`, 'some',
    String.raw`close\s+to`, String.raw`more\s+than`, String.raw`less\s+than`, 'over', 'under',
    String.raw`upwards\s+of`, String.raw`just\s+over`, String.raw`just\s+under`, String.raw`at\s+least`,
    String.raw`up\s+to`, String.raw`an\s+estimated`, 'estimated', 'circa', String.raw`ca\.`, '~',
  ],
  roles: {
    other: [
      String.raw`operating\s+(?:income|profits?|earnings)`, String.raw`gross\s+(?:profits?|income)`,
      String.raw`pre-?tax\s+(?:income|profits?)`, String.raw`(?:net\s+)?loss(?:es)?`, 'ebitda', 'ebit',
      String.raw`free\s+cash\s+flow`, String.raw`market\s+(?:value|capitali[sz]ation)`, 'valuation', 'debt',
      // The revenue or profit of one business line is not the company's.
      String.raw`(?:advertising|ad|subscription|streaming|licensing|merchandise|hardware|software|cloud|services?|product|international|domestic|segment|division|unit)\s+(?:revenues?|sales|income|profits?|earnings)`,
    ],
    revenue: [
      'revenues?', 'sales', 'turnover', 'income', String.raw`top\s+line`, 'takings',
    ],
    profit: [
      String.raw`net\s+(?:income|profits?|earnings)`, 'profits?', 'earnings', String.raw`bottom\s+line`,
    ],
    budget: ['budgets?', 'budgeted'],
    cost: ['costs?', 'costing', String.raw`price\s+tag`],
  },
  filler: [
    'of', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'came', 'comes', 'in', 'at', 'for',
    'to', 'stood', 'stands', 'rose', 'grew', 'increased', 'climbed', 'jumped', 'soared', 'surged', 'gained',
    'advanced', 'fell', 'dropped', 'declined', 'decreased', 'slipped', 'slid', 'sank', 'tumbled', 'plunged',
    'reached', 'hit', 'totaled', 'totalled', 'totaling', 'totalling', 'amounted', 'amounting', 'topped',
    'exceeded', 'surpassed', 'the', 'a', 'an', 'its', 'their', 'quarter', 'quarterly', 'first', 'second',
    'third', 'fourth', 'fiscal', 'full-year', 'year', 'annual', 'this', 'period', 'three', 'six', 'nine',
    'twelve', 'months', 'ended', 'Q[1-4]', 'H[12]', String.raw`year-(?:over|on)-year`, 'yoy', 'by', 'just',
    'only', 'also', 'alone', 'now', 'last', 'past', 'cut', 'raised', 'trimmed', 'reduced', 'reportedly', 'roughly', 'about', 'around', 'nearly', 'almost',
  ],
  genitive: [String.raw`of\s+(?:the|its|their)`, 'of', String.raw`for\s+(?:the|its|their)`, 'for'],
  postLink: ['in', 'of', 'quarterly', 'annual', 'yearly', 'total', 'full-year'],
  directRoleEnd: String.raw`\s*(?:[.,;:)!?]|$|\s+(?:and|in|for|from|on|at|during|while|with|as|but|by|this|last|was|is|were|are|compared|versus|vs\.?|a|an|the|to|up|down|over)${WORD_END})`,
  roleTail: [
    String.raw`tax(?:es)?`, String.raw`statements?`, String.raw`shares?`, 'sharing', String.raw`deficits?`, 'savings', String.raw`cuts?`,
    String.raw`targets?`, 'growth', String.raw`forecasts?`, 'guidance', String.raw`margins?`, String.raw`overruns?`, String.raw`estimates?`,
    'expectations', String.raw`streams?`, 'base', 'gap', 'shortfall', String.raw`figures?`, String.raw`numbers?`, String.raw`reports?`,
  ],
  growthVerbs: [
    'raised', 'rose', 'grew', 'increased', 'climbed', 'jumped', 'soared', 'surged', 'gained', 'advanced', 'improved',
    'rebounded', 'expanded', String.raw`(?:was|were|is|are)\s+up`, String.raw`went\s+up`,
  ],
  declineVerbs: [
    'cut', 'trimmed', 'reduced', 'fell', 'dropped', 'declined', 'decreased', 'slipped', 'slid', 'sank', 'tumbled',
    'plunged', 'shrank', String.raw`(?:was|were|is|are)\s+down`, String.raw`went\s+down`,
  ],
  delta: ['by'],
  deltaAlone: ['by', 'up', 'down'],
  from: ['from'],
  to: ['to'],
  between: ['between'],
  and: ['and'],
  range: ['to'],
  previous: [
    'from', String.raw`compared\s+(?:with|to)`, 'versus', String.raw`vs\.?`, 'against', 'than',
    String.raw`down\s+from`, String.raw`up\s+from`,
  ],
  earlier: [
    String.raw`a\s+year\s+(?:earlier|ago|before)`, String.raw`the\s+(?:previous|prior)\s+(?:year|quarter)`,
    String.raw`the\s+year\s+before`,
    String.raw`(?:in\s+)?the\s+(?:year-ago|prior-year|previous-year)\s+(?:quarter|period)`,
    String.raw`in\s+the\s+same\s+(?:quarter|period)\s+(?:of\s+)?last\s+year`,
  ],
  perUnit: ['per', String.raw`an?\s+(?:share|month|year|unit|head|subscriber|ticket)`, 'each', 'apiece'],
  forecast: [
    String.raw`expects?`, 'expected', 'expecting', String.raw`(?<!(?:beat|beats|topped|missed|exceeded|above|below)\s+(?:analysts['’]?\s+)?)forecasts?`,
    'forecasted', 'projected', 'projects',
    'guidance', 'outlook', String.raw`anticipates?`, String.raw`predicts?`, 'targets', 'targeted',
  ],
};
