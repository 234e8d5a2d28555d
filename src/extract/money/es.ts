/**
 * Spanish money rules: "11.000 millones de dólares en ingresos", "un beneficio
 * de 2,4 millones de euros". "mil millones" is a thousand million; "billón" is 10^12.
 */
import type { MoneyLexicon } from './lexicon.js';

export const es: MoneyLexicon = {
  scales: [
    ['billones|billón', 1e12],
    [String.raw`mil\s+millones`, 1e9],
    [String.raw`millones|millón|mill\.?|MM`, 1e6],
    ['mil', 1e3],
  ],
  currencies: [
    [String.raw`dólares\s+(?:estadounidenses|americanos)|dólares\s+USA`, 'USD'],
    [String.raw`dólares\s+canadienses`, 'CAD'],
    [String.raw`dólares\s+australianos`, 'AUD'],
    ['dólares|dólar', 'USD'],
    ['euros?', 'EUR'],
    [String.raw`libras\s+esterlinas?|libras\s+británicas`, 'GBP'],
    [String.raw`coronas\s+noruegas`, 'NOK'],
    [String.raw`coronas\s+suecas`, 'SEK'],
    [String.raw`coronas\s+danesas`, 'DKK'],
    [String.raw`francos\s+suizos`, 'CHF'],
    ['yenes|yen', 'JPY'],
    ['yuanes|yuan', 'CNY'],
    [String.raw`pesos\s+argentinos`, 'ARS'],
    [String.raw`pesos\s+mexicanos`, 'MXN'],
    [String.raw`pesos\s+chilenos`, 'CLP'],
    [String.raw`pesos\s+colombianos`, 'COP'],
    ['reales', 'BRL'],
  ],
  bareDollar: false,
  spaceGroups: true,
  join: String.raw`de\s+`,
  approx: [
    String.raw`cerca\s+de`, 'unos', 'unas', String.raw`alrededor\s+de`, 'casi', 'aproximadamente', String.raw`aprox\.`,
    String.raw`más\s+de`, String.raw`menos\s+de`, String.raw`en\s+torno\s+a`, String.raw`al\s+menos`,
    String.raw`poco\s+más\s+de`, String.raw`poco\s+menos\s+de`, String.raw`algo\s+más\s+de`, String.raw`por\s+encima\s+de`,
    String.raw`por\s+debajo\s+de`, String.raw`(?:ronda|rondan|roza|rozan)(?:\s+(?:los|las))?`,
  ],
  roles: {
    other: [
      String.raw`beneficio\s+(?:operativo|bruto|de\s+explotación)`, String.raw`resultado\s+(?:operativo|bruto|de\s+explotación)`,
      String.raw`pérdidas?`, 'ebitda', 'ebit', 'deuda', String.raw`valor\s+de\s+mercado`, String.raw`valoración`,
    ],
    revenue: [
      String.raw`ingresos(?:\s+(?:totales|netos))?`, 'facturación', 'facturó', 'facturaron', 'factura', 'facturan', 'ingresó', 'ingresaron', 'ventas', String.raw`cifra\s+de\s+negocios?`,
    ],
    profit: [
      String.raw`beneficios?(?:\s+netos?)?`, String.raw`ganancias?(?:\s+netas?)?`, String.raw`utilidad(?:es)?(?:\s+netas?)?`,
      String.raw`resultado\s+neto`,
    ],
    budget: ['presupuestos?'],
    cost: ['costes?', 'costos?', 'costó', 'cuesta', 'costaron', 'cuestan'],
  },
  filler: [
    'de', 'del', 'fueron', 'fue', 'era', 'eran', 'es', 'son', 'han', 'ha', 'sido', 'alcanzaron', 'alcanzó',
    'ascendieron', 'ascendió', 'asciende', 'a', 'al', 'se', 'situaron', 'situó', 'sitúa', 'sumaron', 'sumó',
    'crecieron', 'creció', 'aumentaron', 'aumentó', 'subieron', 'subió', 'cayeron', 'cayó', 'bajaron', 'bajó',
    'llegaron', 'llegó', 'hasta', 'en', 'el', 'la', 'los', 'las', 'un', 'una', 'segundo', 'primer', 'tercer',
    'cuarto', 'trimestre', 'semestre', 'ejercicio', 'año', 'Q[1-4]', 'total', 'así', 'ya', 'récord', 'valor',
    'por', 'cifra', 'cifraron', 'cifró', 'pasaron', 'pasó', 'pasan', 'pasado', 'recortado', 'reducido', 'recortó', 'redujo',
  ],
  genitive: [String.raw`de\s+(?:la|los|las)`, 'del', 'de', String.raw`para\s+(?:el|la|los|las)`],
  postLink: ['en', 'de'],
  roleTail: [
    String.raw`publicitari[oa]s?`, String.raw`por\s+(?:publicidad|suscripciones|anuncios)`,
    String.raw`de\s+publicidad`, 'fiscales', 'internacionales', 'digitales',
  ],
  growthVerbs: [
    'crecieron', 'creció', 'aumentaron', 'aumentó', 'subieron', 'subió', String.raw`se\s+incrementaron`,
    String.raw`se\s+incrementó`, 'avanzaron', 'avanzó', 'mejoraron', 'mejoró', 'repuntaron', 'repuntó', 'escalaron',
    'escaló', 'crecen', 'suben', 'aumentan',
  ],
  declineVerbs: [
    'recortó', 'redujo', 'recortado', 'reducido', 'cayeron', 'cayó', 'bajaron', 'bajó', 'disminuyeron', 'disminuyó',
    'retrocedieron', 'retrocedió', String.raw`se\s+redujeron`, String.raw`se\s+redujo`, 'caen', 'bajan',
  ],
  delta: [String.raw`en\s+un`, String.raw`en\s+el`, 'en', 'un', 'el'],
  deltaAlone: [],
  from: ['de', 'desde'],
  to: ['a', 'hasta'],
  between: ['entre'],
  and: ['y'],
  range: ['a'],
  previous: [
    String.raw`frente\s+a`, String.raw`comparado\s+con`, String.raw`en\s+comparación\s+con`, String.raw`respecto\s+a`,
    'desde', 'que', String.raw`tras\s+los`, String.raw`tras\s+las`,
  ],
  earlier: [
    String.raw`(?:del|el)\s+año\s+anterior`, String.raw`un\s+año\s+antes`, String.raw`hace\s+un\s+año`,
    String.raw`(?:en\s+)?el\s+mismo\s+(?:periodo|período|trimestre)\s+del\s+año\s+(?:anterior|pasado)`,
  ],
  perUnit: ['por', String.raw`al\s+(?:mes|año)`, 'cada'],
  forecast: [
    'prevé', 'prevén', 'espera', 'esperan', 'pronostica', 'pronostican', 'proyecta',
    'estima', 'estiman', 'objetivo',
  ],
};
