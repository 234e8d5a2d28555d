import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/facts.js';
import { article, evidenceIsExact, factsIn } from '../../helpers.js';
import { extractBudget } from '../../../src/extract/budget/index.js';
import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'en',
  [
    ['The director said the battle scene would not have been possible within the show’s budget.', 'would not have been possible within the show’s budget'],
    ['Without the new tools, the effects would have been unaffordable on a TV budget.', 'unaffordable on a TV budget'],
    ['Such a sequence was simply out of reach for a production with that budget.', 'out of reach for a production with that budget'],
    ['The producers admitted they could not have afforded the crowd scenes within their budget.', 'could not have afforded the crowd scenes within their budget'],
    ['Building the set physically was impossible within the film’s budget constraints.', 'impossible within the film’s budget constraints'],
    ['The AI tools produced the footage for a fraction of the cost.', 'for a fraction of the cost'],
    ['A scene like this would have blown the budget of any network drama.', 'would have blown the budget'],
    ['Budget-wise, the effect was simply not feasible.', 'Budget-wise, the effect was simply not feasible'],
    ['Studio executives said the stunt was far too expensive for a series on that budget.', 'far too expensive for a series on that budget'],
    ['Doing it the traditional way would never have been feasible within the budget we had.', 'would never have been feasible within the budget'],
    ['Visual effects of that scale are prohibitively expensive on a streaming budget.', 'prohibitively expensive on a streaming budget'],
    // Machine-spun text: "price range" for "budget".
    ['The effect simply wouldn’t have been doable for a programme in that price range.', 'wouldn’t have been doable for a programme in that price range'],
    ['Within our budget, such a sequence was unattainable.', 'Within our budget, such a sequence was unattainable'],
    ['The scenes were rendered at a fraction of what it would have cost with traditional effects.', 'at a fraction of what it would have cost'],
    ['The collapse was "impossible" within the series budget, he said.', '"impossible" within the series budget'],
    ["Without the new renderer, the flood sequence could never have been made within the show's budget.", "could never have been made within the show's budget"],
    ['The stunt would not have fit within our budget, the producer said.', 'would not have fit within our budget'],
  ],
  [
    'The budget was approved on Tuesday.',
    'The film had a budget of $5 million.',
    'Budget cuts hit the newsroom hard.',
    'Budgets are tight across the industry.',
    'It is not possible to say whether the budget will pass.',
    'It was impossible to agree on the budget.',
    'The phones sell for a fraction of the cost of rival models.',
    'The new phone is unaffordable for many families on a budget.',
    'Low-budget films rarely get wide releases.',
    'Only projects with big budgets had access to such effects.',
    'The council said it was not possible to increase the budget this year.',
    'Spending was not possible to track in the budget documents.',
    'The scene was finished within budget and on time.',
    'It is not clear whether more is possible within the budget.',
    'The documentary was not made within budget and ran three weeks late.',
    'The project stayed within budget.',
  ],
);

describe('budget statements in an article (en)', () => {
  it('gives one fact per sentence, with exact evidence in its sentence', () => {
    const a = article(
      'The effect would not have been possible within the budget. Producers repeated that it was unaffordable on a TV budget.',
      'en',
    );
    const facts = extractBudget(a);
    expect(facts.map((f) => f.evidence.text)).toEqual([
      'would not have been possible within the budget',
      'unaffordable on a TV budget',
    ]);
    expect(evidenceIsExact(a, facts)).toBe(true);
  });

  it('reports a statement with both an infeasibility and a fraction of the cost once', () => {
    const text = 'The studio made it for a fraction of the cost, which would not have been possible within the old budget.';
    expect(factsOf(factsIn(text, 'en'), 'budget')).toHaveLength(1);
  });
});
