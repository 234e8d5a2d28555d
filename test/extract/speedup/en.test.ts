import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/facts.js';
import { article, evidenceIsExact, factsIn } from '../../helpers.js';
import { extractSpeedup } from '../../../src/extract/speedup/index.js';
import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'en',
  [
    ['The new chip renders frames 10 times faster than its predecessor, the company said.', 10, '10 times faster'],
    ['Engineers say the updated pipeline is twice as fast as the old one.', 2, 'twice as fast'],
    ['The startup claims its model trains 3x faster on the same hardware.', 3, '3x faster'],
    ['Customers reported a 10x speed improvement after the upgrade.', 10, '10x speed improvement'],
    ['Using the tool, the studio finished the sequence in a tenth of the time.', 10, 'in a tenth of the time'],
    ['Researchers found the algorithm ran fifty times quicker than standard methods.', 50, 'fifty times quicker'],
    // Machine-spun text: "instances" for "times", "velocity enhancement" for "speed improvement".
    ['The AI-powered method completed the shots 20 instances quicker than before.', 20, '20 instances quicker'],
    ['The firm touted a 5x velocity enhancement in its rendering engine.', 5, '5x velocity enhancement'],
    ['Deliveries now arrive three occasions sooner than they did last year.', 3, 'three occasions sooner'],
    ['The team said the new process is 1.5 times faster.', 1.5, '1.5 times faster'],
    ['Its servers now answer queries at four times the speed of rival systems.', 4, 'four times the speed'],
    ['The upgrade delivered a tenfold increase in speed for batch jobs.', 10, 'tenfold increase in speed'],
    ['Editors cut the trailer in half the time it used to take.', 2, 'in half the time'],
    ['The company says its batteries charge up to 8 times more quickly.', 8, '8 times more quickly'],
    ['Analysts expect a 2x speed-up once the update ships.', 2, '2x speed-up'],
    ['It is not only 10 times faster but also cheaper, the studio said.', 10, '10 times faster'],
    ['The render farm is now 100X faster.', 100, '100X faster'],
  ],
  [
    'The series has 10 episodes.',
    'She trains three times a week.',
    'The drug is ten times more expensive than the generic version.',
    'The room measures 2x2 metres.',
    'A 10x10 grid was drawn on the board.',
    'He has been arrested 3 times.',
    'In 2023, faster trains were introduced.',
    'The new model is not ten times faster, despite the marketing.',
    'The chips are between five and ten times faster, the report says.',
    'The chips are 5 to 10 times faster, the report says.',
    'It happened twice as the crowd watched.',
    'Half the time, the servers were idle.',
    'The 4x4 vehicle was faster than expected.',
  ],
);

describe('speed-up facts in an article (en)', () => {
  it('gives a restatement in another sentence its own fact, with exact evidence', () => {
    const a = article('The scene was finished 10 times faster. Producers confirmed the 10x speed improvement on Monday.', 'en');
    const facts = extractSpeedup(a);
    expect(facts.map((f) => f.kind === 'speedup' && [f.factor, f.evidence.text])).toEqual([
      [10, '10 times faster'],
      [10, '10x speed improvement'],
    ]);
    expect(evidenceIsExact(a, facts)).toBe(true);
    expect(facts[1]!.evidence.sentence).toBe('Producers confirmed the 10x speed improvement on Monday.');
  });

  it('keeps two distinct speed-ups in one sentence apart', () => {
    const found = factsOf(factsIn('Rendering got 4 times faster and exports twice as fast.', 'en'), 'speedup');
    expect(found.map((f) => f.factor)).toEqual([4, 2]);
  });
});
