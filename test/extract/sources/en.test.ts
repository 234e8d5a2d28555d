import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (en)', () => {
  sourceCorpus(
    'en',
    [
      ['Netflix is testing generative AI in other projects, according to Reuters.', ['Reuters']],
      ['Reuters reported on Friday that the deal was close.', ['Reuters']],
      ['The figures were first reported by Bloomberg.', ['Bloomberg']],
      ['LOS ANGELES (Reuters) - Netflix said on Thursday it would raise prices.', ['Reuters']],
      ['The studio plans 200 layoffs, The Hollywood Reporter reported.', ['The Hollywood Reporter']],
      ['The studio has cut its budget for next year.\nSource: Variety', ['Variety']],
      ['According to the Financial Times, the company is in talks with investors.', ['Financial Times']],
      ['Citing Variety, the newspaper said the show had been cancelled.', ['Variety']],
      ['Both studios declined to comment.\nSources: AP, Reuters', ['AP', 'Reuters']],
      ['According to Acme Inc., the merger will close in May.', ['Acme Inc.']],
      ['The BBC reported that the talks had collapsed.', ['BBC']],
      ['According to NTB, the contract was signed in Oslo.', ['NTB']],
      ['Netflix shares rose 4% in early trading, CNBC reports.', ['CNBC']],
    ],
    [
      'According to co-CEO Ted Sarandos, the scene was finished ten times faster.',
      'Netflix reported $11 billion in revenue for the quarter.',
      'Netflix CEO Ted Sarandos. Picture credit: AP',
      'According to Netflix CEO Ted Sarandos, AI helps creators.',
      'The gains Netflix reported surprised analysts.',
      'A scene from the new series. Source: Netflix',
      'According to analysts, the stock is undervalued.',
    ],
  );
});
