import { percentCorpus } from './corpus.js';

percentCorpus(
  'fr',
  [
    ["Le chiffre d'affaires a progressé de 16 %.", [{ value: 16, role: 'revenue-growth', evidence: "chiffre d'affaires a progressé de 16 %" }]],
    ["Netflix a réalisé 11 milliards de dollars de chiffre d'affaires, en hausse de 16 %.", [{ value: 16, role: 'revenue-growth', evidence: 'en hausse de 16 %' }]],
    ['Le bénéfice net a bondi de 20 pour cent.', [{ value: 20, role: 'profit-growth', evidence: 'bénéfice net a bondi de 20 pour cent' }]],
    // A fall is no growth.
    ['Les ventes ont reculé de 5 %.', [{ value: 5, evidence: '5 %' }]],
    // A share is no growth.
    ['30 % des spectateurs ont abandonné la série.', [{ value: 30, evidence: '30 %' }]],
    ["Le groupe annonce une hausse de 16 % du chiffre d'affaires.", [{ value: 16, role: 'revenue-growth', evidence: "une hausse de 16 % du chiffre d'affaires" }]],
    ["La croissance du chiffre d'affaires atteint 16 %.", [{ value: 16, role: 'revenue-growth', evidence: "croissance du chiffre d'affaires atteint 16 %" }]],
    ["Les recettes ont atteint 1,6 million d'euros, en hausse de 11 %.", [{ value: 11, role: 'revenue-growth', evidence: 'en hausse de 11 %' }]],
    ['Les entrées ont augmenté de 9 %.', [{ value: 9, evidence: '9 %' }]],
    ['Le résultat net a augmenté de 12,5 %.', [{ value: 12.5, role: 'profit-growth', evidence: 'résultat net a augmenté de 12,5 %' }]],
    ["L'État détient 25 % du capital.", [{ value: 25, evidence: '25 %' }]],
    ['Les coûts ont augmenté de 10 %.', [{ value: 10, evidence: '10 %' }]],
    // An expectation is not the result.
    ["Le groupe prévoit une croissance du chiffre d'affaires de 5 %.", [{ value: 5, evidence: '5 %' }]],
    ['Les revenus ont grimpé de seize pour cent.', [{ value: 16, role: 'revenue-growth', evidence: 'revenus ont grimpé de seize pour cent' }]],
  ],
  [
    '16 personnes ont été blessées.',
    'En 2023, les scénaristes ont fait grève.',
    'La part a gagné 2 points de pourcentage.',
    '142 000 entrées ont été enregistrées.',
    'Le pourcentage reste inconnu.',
  ],
);
