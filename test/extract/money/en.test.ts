import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'en',
  [
    ['Netflix reported $11 billion in revenue for the second quarter.', [{ amount: 11e9, currency: 'USD', role: 'revenue', evidence: '$11 billion in revenue' }]],
    ['Quarterly revenue rose 16% to $9.6bn, the company said.', [{ amount: 9.6e9, currency: 'USD', role: 'revenue', evidence: 'revenue rose 16% to $9.6bn' }]],
    ['The studio posted net income of USD 2.4 million.', [{ amount: 2.4e6, currency: 'USD', role: 'profit', evidence: 'net income of USD 2.4 million' }]],
    ['The film had a budget of about €150 million.', [{ amount: 150e6, currency: 'EUR', role: 'budget', approximate: true, evidence: 'budget of about €150 million' }]],
    ['The new stadium will cost roughly £1.2bn.', [{ amount: 1.2e9, currency: 'GBP', role: 'cost', approximate: true, evidence: 'cost roughly £1.2bn' }]],
    // A change: only the new value is a fact.
    ['Sales climbed from $1.5 billion to $2.4 billion in 2024.', [{ amount: 2.4e9, currency: 'USD', role: 'revenue', evidence: 'Sales climbed from $1.5 billion to $2.4 billion' }]],
    [
      'Spotify earned €3.1 billion in sales and a profit of €300 million.',
      [
        { amount: 3.1e9, currency: 'EUR', role: 'revenue', evidence: '€3.1 billion in sales' },
        { amount: 300e6, currency: 'EUR', role: 'profit', evidence: 'profit of €300 million' },
      ],
    ],
    ['The deal is worth US$ 2.4 million.', [{ amount: 2.4e6, currency: 'USD', evidence: 'US$ 2.4 million' }]],
    ['Analysts put the price tag at nearly $500m.', [{ amount: 500e6, currency: 'USD', role: 'cost', approximate: true, evidence: 'price tag at nearly $500m' }]],
    ['The charity raised 250,000 dollars last month.', [{ amount: 250000, currency: 'USD', evidence: '250,000 dollars' }]],
    // The comparison value gets no role.
    [
      'Revenue was USD 11bn, compared with $9.5bn a year earlier.',
      [
        { amount: 11e9, currency: 'USD', role: 'revenue', evidence: 'Revenue was USD 11bn' },
        { amount: 9.5e9, currency: 'USD', evidence: '$9.5bn' },
      ],
    ],
    [
      'Revenue was $11 billion, compared with revenue of $9 billion in 2023.',
      [
        { amount: 11e9, currency: 'USD', role: 'revenue', evidence: 'Revenue was $11 billion' },
        { amount: 9e9, currency: 'USD', evidence: '$9 billion' },
      ],
    ],
    ['Canadian miner Teck reported C$4.1 billion in revenue.', [{ amount: 4.1e9, currency: 'CAD', role: 'revenue', evidence: 'C$4.1 billion in revenue' }]],
    ['Earnings of $1.50 per share topped estimates.', [{ amount: 1.5, currency: 'USD', evidence: '$1.50' }]],
    [
      'Profit was $1.2 billion, down from $1.5 billion.',
      [
        { amount: 1.2e9, currency: 'USD', role: 'profit', evidence: 'Profit was $1.2 billion' },
        { amount: 1.5e9, currency: 'USD', evidence: '$1.5 billion' },
      ],
    ],
    // The size of a change is not the revenue.
    [
      'Revenue rose $1 billion to $11 billion.',
      [
        { amount: 11e9, currency: 'USD', role: 'revenue', evidence: 'Revenue rose $1 billion to $11 billion' },
        { amount: 1e9, currency: 'USD', evidence: '$1 billion' },
      ],
    ],
    // An expectation is not the result.
    ['The company expects revenue of $12 billion next quarter.', [{ amount: 12e9, currency: 'USD', evidence: '$12 billion' }]],
    ['The programme cost a billion dollars.', [{ amount: 1e9, currency: 'USD', role: 'cost', evidence: 'cost a billion dollars' }]],
    ['It booked $3 billion in operating income.', [{ amount: 3e9, currency: 'USD', evidence: '$3 billion' }]],
    [
      'Ticket sales were between $10 million and $12 million.',
      [
        { amount: 10e6, currency: 'USD', evidence: '$10 million' },
        { amount: 12e6, currency: 'USD', evidence: '$12 million' },
      ],
    ],
    ['The franchise has grossed more than 2 billion euros.', [{ amount: 2e9, currency: 'EUR', approximate: true, evidence: 'more than 2 billion euros' }]],
    ['Ubisoft cut its $200 million budget for the game.', [{ amount: 200e6, currency: 'USD', role: 'budget', evidence: '$200 million budget' }]],
    // "budget cut" names a cut, not the budget.
    ['A $200 million budget cut hit the studio.', [{ amount: 200e6, currency: 'USD', evidence: '$200 million' }]],
    // Role words joined like the amounts do not say which amount is which.
    [
      'Revenue and profit rose to $11 billion and $3 billion, respectively.',
      [
        { amount: 11e9, currency: 'USD', evidence: '$11 billion' },
        { amount: 3e9, currency: 'USD', evidence: '$3 billion' },
      ],
    ],
    [
      'It reported $11 billion in revenue and profit of $3 billion.',
      [
        { amount: 11e9, currency: 'USD', role: 'revenue', evidence: '$11 billion in revenue' },
        { amount: 3e9, currency: 'USD', role: 'profit', evidence: 'profit of $3 billion' },
      ],
    ],
    ['It paid $2 billion in income tax.', [{ amount: 2e9, currency: 'USD', evidence: '$2 billion' }]],
    // The revenue of one business line is not the company's revenue.
    ['Advertising revenue was $1 billion.', [{ amount: 1e9, currency: 'USD', evidence: '$1 billion' }]],
    ['It earned $1 billion in subscription revenue.', [{ amount: 1e9, currency: 'USD', evidence: '$1 billion' }]],
  ],
  [
    '11 billion views were counted in 2023.',
    '16 people attended the Squid Game 2 premiere.',
    'The co-CEO said the series has 10 episodes.',
    'Three billion people use the platform every month.',
    'The dollar fell against the euro on Tuesday.',
    'Revenue figures will be published in March.',
  ],
);
