/** Norwegian (Bokmål) speed-up rules. */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('nb');
/** "ti ganger", "10x" */
const GANGER = `\\s*(?:ganger|[x×])`;
const FASTER = `raskere|fortere|kjappere|hurtigere|kvikkere`;
const AS_FAST = `så\\s+(?:raskt?|fort|kjapt?|hurtig|hurtigt|kvikt?)`;
const DOUBLE = { dobbelt: 2, dobbel: 2, dobbelte: 2 };
const FRACTIONS = {
  tredjedel: 3, fjerdedel: 4, kvart: 4, femtedel: 5, sjettedel: 6, sjudel: 7, sjuendedel: 7,
  syvendedel: 7, åttedel: 8, åttendedel: 8, niendedel: 9, tidel: 10, tiendedel: 10, tjuendedel: 20,
  hundredel: 100,
};
const ABOUT = `(?:(?:bare|kun|omtrent|rundt|cirka)\\s+)?`;
const USUAL = `(?:(?:vanlige|normale|ordinære|opprinnelige)\\s+)?`;

export const nb: SpeedupLanguage = {
  marks: ['rask', 'fort', 'kjap', 'hurtig', 'kvik', 'hastighet', 'fart', 'tempo', 'tid'],
  rules: [
    // "ti ganger raskere", "10 ganger så raskt", "dobbelt så raskt"
    {
      pattern: `(?:${N}${GANGER}|(?<w>dobbelt))\\s+(?:${AS_FAST}|${FASTER})`,
      words: DOUBLE,
    },
    // "med dobbel hastighet", "tidobbel hastighet", "tidobbelt så raskt"
    { pattern: `(?<w>${wordsPattern(DOUBLE)})\\s+(?:hastighet|fart|tempo)`, words: DOUBLE },
    { pattern: `${N}dobbel(?:t|e)?\\s+(?:hastighet|fart|tempo|${AS_FAST}|${FASTER})` },
    // "på en tidel av tiden", "på halve tiden", "på halvparten av tiden"
    {
      pattern: `på\\s+${ABOUT}(?:en|ei|én)\\s+(?<w>${wordsPattern(FRACTIONS)})\\s+av\\s+(?:den\\s+)?${USUAL}tid(?:en)?`,
      words: FRACTIONS,
    },
    { pattern: `på\\s+${ABOUT}(?<w>halve)\\s+tid(?:en)?`, words: { halve: 2 } },
    { pattern: `på\\s+${ABOUT}(?<w>halvparten)\\s+av\\s+(?:den\\s+)?${USUAL}tid(?:en)?`, words: { halvparten: 2 } },
  ],
  negation: `ikke|aldri|neppe`,
  notOnly: `bare|kun`,
  rangeJoin: `til|eller|og`,
};
