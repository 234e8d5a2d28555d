import { percentCorpus } from './corpus.js';

percentCorpus(
  'en',
  [
    ['Revenue rose 16% in the second quarter.', [{ value: 16, role: 'revenue-growth', evidence: 'Revenue rose 16%' }]],
    ['Net profit jumped 20 percent to $3 billion.', [{ value: 20, role: 'profit-growth', evidence: 'Net profit jumped 20 percent' }]],
    ['The company reported $11 billion in revenue, up 16% from a year earlier.', [{ value: 16, role: 'revenue-growth', evidence: 'up 16%' }]],
    ['Sales reached €2 billion, a 12.5% increase over last year.', [{ value: 12.5, role: 'revenue-growth', evidence: 'a 12.5% increase' }]],
    ['Its revenue was about $2.4 billion last year, up 12% from the year before.', [{ value: 12, role: 'revenue-growth', evidence: 'up 12%' }]],
    ['Its revenue was $2.4 billion while subscribers, up 12%, kept growing.', [{ value: 12, evidence: '12%' }]],
    ['Operating costs rose 8%.', [{ value: 8, evidence: '8%' }]],
    ['Revenue growth of 7 percent was slower than expected.', [{ value: 7, role: 'revenue-growth', evidence: 'Revenue growth of 7 percent' }]],
    ['The streamer posted a 16% increase in revenue.', [{ value: 16, role: 'revenue-growth', evidence: '16% increase in revenue' }]],
    ['Earnings grew by 4.5 per cent.', [{ value: 4.5, role: 'profit-growth', evidence: 'Earnings grew by 4.5 per cent' }]],
    // A share is no growth.
    ['About 30% of viewers finished the series.', [{ value: 30, evidence: '30%' }]],
    ['Netflix owns a 16 % stake in the studio.', [{ value: 16, evidence: '16 %' }]],
    // A fall is no growth.
    ['Revenue fell 5% to $9 billion.', [{ value: 5, evidence: '5%' }]],
    ['Revenue slipped -2.5% in Europe.', [{ value: -2.5, evidence: '-2.5%' }]],
    ['Revenue was 16% higher than a year ago.', [{ value: 16, role: 'revenue-growth', evidence: 'Revenue was 16% higher' }]],
    [
      'Profit rose 3% while revenue rose 16%.',
      [
        { value: 3, role: 'profit-growth', evidence: 'Profit rose 3%' },
        { value: 16, role: 'revenue-growth', evidence: 'revenue rose 16%' },
      ],
    ],
    [
      'Revenue rose 16%, while ad revenue rose 30%.',
      [
        { value: 16, role: 'revenue-growth', evidence: 'Revenue rose 16%' },
        { value: 30, evidence: '30%' },
      ],
    ],
    [
      'Revenue and profit rose 16% and 20%, respectively.',
      [
        { value: 16, evidence: '16%' },
        { value: 20, evidence: '20%' },
      ],
    ],
    // "to" gives a level, not a growth.
    ['The share of revenue from ads rose to 16%.', [{ value: 16, evidence: '16%' }]],
    ['Subscribers grew 9%.', [{ value: 9, evidence: '9%' }]],
    ['Net income of $3.1 billion, an increase of 12%, beat estimates.', [{ value: 12, role: 'profit-growth', evidence: 'an increase of 12%' }]],
    // An expectation is not the result.
    ['The company expects revenue to grow 10%.', [{ value: 10, evidence: '10%' }]],
    ['It earned $11 billion in income representing a sixteen percent year-over-year gain.', [{ value: 16, role: 'revenue-growth', evidence: 'a sixteen percent year-over-year gain' }]],
  ],
  [
    '16 people attended the premiere.',
    'The co-CEO spoke to investors in 2023.',
    'Margins widened by 2 percentage points.',
    'Forecasts range from 10-15% growth.',
    'It is a 100-percent owned subsidiary.',
    'Percentages were not disclosed.',
  ],
);
