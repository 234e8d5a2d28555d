/** Dutch speed-up rules. */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('nl');
/** "tien keer", "tienmaal", "10x" */
const KEER = `\\s*-?\\s*(?:keer|maal|[x×])`;
const FASTER = `sneller|vlugger|rapper|gauwer|vlotter`;
const AS_FAST = `zo\\s+(?:snel|vlug|rap|gauw|vlot)`;
const DOUBLE = { dubbel: 2 };
const FRACTIONS = {
  derde: 3, vierde: 4, kwart: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9,
  tiende: 10, twintigste: 20, honderdste: 100,
};
const ABOUT = `(?:(?:slechts|maar|ongeveer|zo['’]n)\\s+)?`;
const USUAL = `(?:(?:gebruikelijke|normale|oorspronkelijke|gewone)\\s+)?`;

export const nl: SpeedupLanguage = {
  marks: ['snel', 'vlug', 'rap', 'gauw', 'vlot', 'tijd'],
  rules: [
    // "tien keer sneller", "10 maal zo snel", "dubbel zo snel"
    {
      pattern: `(?:${N}${KEER}|(?<w>${wordsPattern(DOUBLE)}))\\s+(?:${AS_FAST}|${FASTER})`,
      words: DOUBLE,
    },
    // "tienvoudig sneller", "de tienvoudige snelheid", "met dubbele snelheid"
    { pattern: `${N}\\s*-?\\s*voudig\\s+(?:${FASTER})` },
    { pattern: `${N}\\s*-?\\s*voudige\\s+snelheid` },
    { pattern: `(?<w>dubbele)\\s+snelheid`, words: { dubbele: 2 } },
    // "in een tiende van de tijd", "in de helft van de tijd", "in de halve tijd"
    {
      pattern: `in\\s+${ABOUT}(?:een|één)\\s+(?<w>${wordsPattern(FRACTIONS)})\\s+van\\s+de\\s+${USUAL}tijd`,
      words: FRACTIONS,
    },
    { pattern: `in\\s+${ABOUT}de\\s+(?<w>helft)\\s+van\\s+de\\s+${USUAL}tijd`, words: { helft: 2 } },
    { pattern: `in\\s+${ABOUT}de\\s+(?<w>halve)\\s+tijd`, words: { halve: 2 } },
  ],
  negation: `niet|nooit|geenszins|allerminst`,
  notOnly: `alleen|enkel|slechts|zomaar`,
  rangeJoin: `tot|of|en`,
};
