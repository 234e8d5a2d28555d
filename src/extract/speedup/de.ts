/** German speed-up rules. */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('de');
/** "zehnmal", "10-mal", "10 Mal" */
const MAL = `\\s*-?\\s*mal`;
const FASTER = `schneller|rascher|zügiger|flotter|fixer|flinker`;
const AS_FAST = `so\\s+(?:schnell|rasch|zügig|flott|fix)`;
const DOUBLE = { doppelt: 2 };
const DOUBLE_ADJ = { doppelte: 2, doppelter: 2, doppelten: 2 };
const FRACTIONS = {
  hälfte: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9,
  zehntel: 10, zwanzigstel: 20, hundertstel: 100,
};
const ABOUT = `(?:(?:nur|knapp|etwa|rund|gerade\\s+einmal)\\s+)?`;
const USUAL = `(?:(?:sonst\\s+)?(?:üblichen|normalen|bisherigen|herkömmlichen|ursprünglichen)\\s+)?`;

export const de: SpeedupLanguage = {
  marks: ['schnell', 'rasch', 'zügig', 'flott', 'fix', 'flink', 'geschwindigkeit', 'tempo', 'zeit'],
  rules: [
    // "zehnmal schneller", "10-mal so schnell", "doppelt so schnell"
    {
      pattern: `(?:${N}${MAL}|(?<w>${wordsPattern(DOUBLE)}))\\s+(?:${AS_FAST}|${FASTER})`,
      words: DOUBLE,
    },
    // "zehnfach schneller", "um das Zehnfache schneller", "um den Faktor 10 schneller"
    { pattern: `(?:um\\s+das\\s+)?${N}\\s*-?\\s*fach(?:e)?\\s+(?:${FASTER})` },
    { pattern: `um\\s+(?:den\\s+)?Faktor\\s+${N}\\s+(?:${FASTER})` },
    // "mit zehnfacher Geschwindigkeit", "die doppelte Geschwindigkeit"
    { pattern: `${N}\\s*-?\\s*fache[nrms]?\\s+(?:Geschwindigkeit|Tempo)` },
    { pattern: `(?<w>${wordsPattern(DOUBLE_ADJ)})\\s+(?:Geschwindigkeit|Tempo)`, words: DOUBLE_ADJ },
    // "in einem Zehntel der Zeit", "in der Hälfte der üblichen Zeit", "in halber Zeit"
    {
      pattern: `in\\s+${ABOUT}(?:einem\\s+|der\\s+)?(?<w>${wordsPattern(FRACTIONS)})\\s+der\\s+${USUAL}Zeit`,
      words: FRACTIONS,
    },
    { pattern: `in\\s+${ABOUT}(?:der\\s+)?(?<w>halben?|halber)\\s+Zeit`, words: { halbe: 2, halben: 2, halber: 2 } },
  ],
  negation: `nicht|nie|niemals|kaum|keineswegs`,
  notOnly: `nur|bloß|allein|lediglich`,
  rangeJoin: `bis|oder|und`,
};
