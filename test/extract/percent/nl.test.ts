import { percentCorpus } from './corpus.js';

percentCorpus(
  'nl',
  [
    ['De omzet steeg met 16 procent.', [{ value: 16, role: 'revenue-growth', evidence: 'omzet steeg met 16 procent' }]],
    ['Netflix boekte 11 miljard dollar omzet, een stijging van 16 procent.', [{ value: 16, role: 'revenue-growth', evidence: 'een stijging van 16 procent' }]],
    ['De winst nam met 20 procent toe.', [{ value: 20, role: 'profit-growth', evidence: 'winst nam met 20 procent toe' }]],
    ['Het bedrijf meldde een omzetgroei van 16 procent.', [{ value: 16, role: 'revenue-growth', evidence: 'omzetgroei van 16 procent' }]],
    // A fall is no growth.
    ['De omzet daalde met 5 procent.', [{ value: 5, evidence: '5 procent' }]],
    // A share is no growth.
    ['30 procent van de kijkers haakte af.', [{ value: 30, evidence: '30 procent' }]],
    ['De omzet is met 12,5 procent gestegen.', [{ value: 12.5, role: 'revenue-growth', evidence: 'omzet is met 12,5 procent gestegen' }]],
    ['De nettowinst groeide met 8%.', [{ value: 8, role: 'profit-growth', evidence: 'nettowinst groeide met 8%' }]],
    ['Het ziekenhuis boekte een omzet van 41 miljoen euro, een groei van 18 procent.', [{ value: 18, role: 'revenue-growth', evidence: 'een groei van 18 procent' }]],
    ['De kosten stegen met 10 procent.', [{ value: 10, evidence: '10 procent' }]],
    ['Het concern bezit 25 procent van de aandelen.', [{ value: 25, evidence: '25 procent' }]],
    ['Het bedrijf draaide 16 procent meer omzet.', [{ value: 16, role: 'revenue-growth', evidence: '16 procent meer omzet' }]],
    // An expectation is not the result.
    ['Philips verwacht een omzetgroei van 5 procent.', [{ value: 5, evidence: '5 procent' }]],
  ],
  [
    '16 mensen raakten gewond.',
    'In 2023 staakten de acteurs.',
    'Het aandeel steeg 2 procentpunt.',
    'Een op de tien scans werd afgekeurd.',
    'Het percentage werd niet bekendgemaakt.',
  ],
);
