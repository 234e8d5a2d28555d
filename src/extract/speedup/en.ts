/** English speed-up rules, including the synonyms of machine-"spun" text ("10 instances quicker"). */
import { numberGroup, wordsPattern, type SpeedupLanguage } from './rule.js';

const N = numberGroup('en');
/** "times" and its spinner synonyms, "-fold" and "x": "10 times", "tenfold", "10x". */
const TIMES = `\\s*-?\\s*(?:times|instances|occasions|fold|[x×])`;
const FASTER = `faster|quicker|sooner|speedier|swifter|more\\s+(?:quickly|rapidly|swiftly|speedily|rapid)`;
const AS_FAST = `as\\s+(?:fast|quick|quickly|rapid|rapidly|speedy|speedily|swift|swiftly)`;
const SPEED = `speed|velocity|pace|tempo`;
const GAIN = `improvements?|improvments?|enhancements?|enhancments?|enchancments?|increases?|boosts?|gains?|accelerations?`;
const MULTIPLES = { twice: 2, thrice: 3 };
const FRACTIONS = {
  half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, twelfth: 12, twentieth: 20, fiftieth: 50, hundredth: 100, thousandth: 1000,
};

export const en: SpeedupLanguage = {
  marks: ['fast', 'quick', 'soon', 'speed', 'swift', 'rapid', 'velocity', 'pace', 'tempo', 'time'],
  rules: [
    // "10 times faster", "10x quicker", "tenfold faster", "10 instances quicker"
    { pattern: `${N}${TIMES}\\s+(?:${FASTER})` },
    // "twice as fast", "three times as quickly", "at ten times the speed"
    {
      pattern: `(?:${N}${TIMES}|(?<w>${wordsPattern(MULTIPLES)}))\\s+(?:${AS_FAST}|the\\s+(?:${SPEED}))`,
      words: MULTIPLES,
    },
    // "a 10x speed improvement", "10x speed-up", "10x speedup", "10x velocity enhancement"
    { pattern: `${N}${TIMES}\\s+(?:(?:${SPEED})\\s*-?\\s*(?:${GAIN})|speed\\s*-?\\s*ups?)` },
    // "a tenfold increase in speed"
    { pattern: `${N}${TIMES}\\s+(?:${GAIN})\\s+in\\s+(?:${SPEED})` },
    // "in a tenth of the time", "in half the time", "in one-fifth of the usual time"
    {
      pattern: `in\\s+(?:(?:just|only|about|roughly|merely)\\s+)?(?:(?:a|an|one)[\\s-]+)?(?<w>${wordsPattern(FRACTIONS)})\\s+(?:of\\s+)?the\\s+(?:(?:usual|normal|typical|original|previous)\\s+)?time`,
      words: FRACTIONS,
    },
  ],
  negation: `\\p{L}+n['’]t|not|never|hardly`,
  notOnly: `only|just|merely|simply|solely`,
  rangeJoin: `to|or|and`,
};
