/** Dutch money rules: "een omzet van 11 miljard dollar", "€ 3,1 mld. winst". */
import type { MoneyLexicon } from './lexicon.js';
import { LETTER } from './pattern.js';

export const nl: MoneyLexicon = {
  scales: [
    ['biljoen', 1e12],
    [String.raw`miljard|mld\.?|mrd\.?`, 1e9],
    [String.raw`miljoen|mln\.?|mio\.?`, 1e6],
    ['duizend', 1e3],
  ],
  currencies: [
    [String.raw`Amerikaanse\s+dollars?|US-dollars?|US\s+dollars?`, 'USD'],
    [String.raw`Canadese\s+dollars?`, 'CAD'],
    [String.raw`Australische\s+dollars?`, 'AUD'],
    ['dollars?', 'USD'],
    ['euros?', 'EUR'],
    [String.raw`Britse\s+pond(?:en)?|pond\s+sterling`, 'GBP'],
    [String.raw`Noorse\s+kronen?`, 'NOK'],
    [String.raw`Zweedse\s+kronen?`, 'SEK'],
    [String.raw`Deense\s+kronen?`, 'DKK'],
    [String.raw`Zwitserse\s+franken?|Zwitserse\s+frank`, 'CHF'],
    ['yen', 'JPY'],
    ['yuan|renminbi', 'CNY'],
  ],
  bareDollar: true,
  spaceGroups: false,
  join: '',
  approx: [
    'ongeveer', 'circa', String.raw`ca\.`, String.raw`zo['’]n`, 'bijna', 'ruim', String.raw`meer\s+dan`,
    String.raw`minder\s+dan`, String.raw`rond\s+de`, 'ruwweg', 'pakweg', 'zowat', 'nagenoeg',
    String.raw`naar\s+schatting`, 'minstens', 'krap', 'bijkans', String.raw`om\s+en\s+nabij`,
  ],
  roles: {
    other: [
      String.raw`operationele\s+winst`, 'bedrijfswinst', 'brutowinst', String.raw`(?:netto)?verlies`, 'ebitda', 'ebit',
      'schulden', 'beurswaarde', 'marktwaarde', 'waardering',
    ],
    revenue: [String.raw`(?:kwartaal|jaar|netto|totale\s+)?omzet`, 'inkomsten', String.raw`opbrengst(?:en)?`],
    profit: [String.raw`(?:kwartaal|jaar|netto)?winst`, String.raw`netto\s+winst`, 'nettoresultaat'],
    budget: [String.raw`[${LETTER}]*budget(?:ten)?`, 'begroting'],
    cost: [String.raw`(?:productie|totale\s+)?kosten`, 'kostte', 'kostten', 'kost', 'gekost'],
  },
  filler: [
    'van', 'bedroeg', 'bedroegen', 'bedraagt', 'kwam', 'komt', 'uit', 'op', 'steeg', 'stegen', 'groeide',
    'groeiden', 'nam', 'namen', 'toe', 'af', 'daalde', 'daalden', 'zakte', 'bereikte', 'bereikten', 'was',
    'waren', 'is', 'zijn', 'heeft', 'hebben', 'met', 'naar', 'tot', 'in', 'het', 'de', 'een', 'eerste',
    'tweede', 'derde', 'vierde', 'kwartaal', 'boekjaar', 'jaar', 'halfjaar', 'afgelopen', 'Q[1-4]', 'uitgekomen',
    'gestegen', 'gegroeid', 'gedaald', 'totaal', 'dus', 'nu', 'daarmee', 'gekort', 'verlaagd',
    'verhoogd', 'wordt', 'werd', 'vorig',
  ],
  genitive: [String.raw`van\s+(?:de|het)`, String.raw`voor\s+(?:de|het)`, 'van'],
  postLink: ['aan'],
  roleTail: [String.raw`uit\s+(?:de\s+|het\s+)?[${LETTER}-]+`, String.raw`met\s+[${LETTER}-]+`],
  growthVerbs: ['steeg', 'stegen', 'groeide', 'groeiden', String.raw`nam\s+toe`, 'gestegen', 'gegroeid', 'toegenomen', 'verbeterde'],
  declineVerbs: ['gekort', 'verlaagd', 'daalde', 'daalden', 'zakte', 'kromp', String.raw`nam\s+af`, 'gedaald', 'gezakt', 'afgenomen'],
  delta: ['met'],
  deltaAlone: ['met'],
  from: ['van'],
  to: ['naar', 'tot', 'op'],
  between: ['tussen'],
  and: ['en'],
  range: ['tot', 'à'],
  previous: ['tegen', 'tegenover', String.raw`vergeleken\s+met`, String.raw`ten\s+opzichte\s+van`, 'na', 'dan'],
  earlier: [
    String.raw`een\s+jaar\s+(?:eerder|geleden|daarvoor)`, String.raw`het\s+jaar\s+daarvoor`,
    String.raw`in\s+dezelfde\s+periode\s+(?:van\s+)?vorig\s+jaar`, String.raw`een\s+jaar\s+terug`,
  ],
  perUnit: ['per', 'pér'],
  forecast: [
    'verwacht', 'verwachten', String.raw`prognoses?`, 'voorspelt', 'voorspellen',
    'rekent', 'rekenen', 'zou', 'zouden', 'moet', 'moeten',
  ],
};
