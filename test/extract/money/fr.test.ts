import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'fr',
  [
    ["Netflix a réalisé 11 milliards de dollars de chiffre d'affaires.", [{ amount: 11e9, currency: 'USD', role: 'revenue', evidence: "11 milliards de dollars de chiffre d'affaires" }]],
    ['Le groupe a dégagé un bénéfice net de 3,1 Md$.', [{ amount: 3.1e9, currency: 'USD', role: 'profit', evidence: 'bénéfice net de 3,1 Md$' }]],
    // "de … à …": only the new value is a fact.
    ["Le chiffre d'affaires est passé de 1,5 à 2,4 milliards d'euros.", [{ amount: 2.4e9, currency: 'EUR', role: 'revenue', evidence: "chiffre d'affaires est passé de 1,5 à 2,4 milliards d'euros" }]],
    ["Le budget de l'édition s'élevait à 4,2 millions d'euros.", [{ amount: 4.2e6, currency: 'EUR', role: 'budget', evidence: "budget de l'édition s'élevait à 4,2 millions d'euros" }]],
    ["Le film a coûté près de 200 millions d'euros.", [{ amount: 200e6, currency: 'EUR', role: 'cost', approximate: true, evidence: "coûté près de 200 millions d'euros" }]],
    ["Les recettes ont atteint 1,6 million d'euros.", [{ amount: 1.6e6, currency: 'EUR', role: 'revenue', evidence: "recettes ont atteint 1,6 million d'euros" }]],
    [
      "Un bénéfice de 3,1 milliards d'euros contre 2,4 milliards d'euros un an plus tôt.",
      [
        { amount: 3.1e9, currency: 'EUR', role: 'profit', evidence: "bénéfice de 3,1 milliards d'euros" },
        { amount: 2.4e9, currency: 'EUR', evidence: "2,4 milliards d'euros" },
      ],
    ],
    ["La ville a versé 500 000 euros à l'association.", [{ amount: 500000, currency: 'EUR', evidence: '500 000 euros' }]],
    // An expected revenue is not the result.
    ["Le groupe prévoit un chiffre d'affaires de 12 milliards d'euros.", [{ amount: 12e9, currency: 'EUR', evidence: "12 milliards d'euros" }]],
    ['Le contrat porte sur environ 3 Mds €.', [{ amount: 3e9, currency: 'EUR', approximate: true, evidence: 'environ 3 Mds €' }]],
    ["Le coût du projet atteint 40 millions d'euros.", [{ amount: 40e6, currency: 'EUR', role: 'cost', evidence: "coût du projet atteint 40 millions d'euros" }]],
    // The size of a change is not the revenue.
    ["Les ventes ont progressé de 500 millions d'euros.", [{ amount: 500e6, currency: 'EUR', evidence: "500 millions d'euros" }]],
    ["Le budget s'établit à 2,5 millions de francs suisses.", [{ amount: 2.5e6, currency: 'CHF', role: 'budget', evidence: "budget s'établit à 2,5 millions de francs suisses" }]],
    [
      "Vivendi a enregistré des revenus de 9,6 milliards d'euros et un résultat net de 1,1 milliard d'euros.",
      [
        { amount: 9.6e9, currency: 'EUR', role: 'revenue', evidence: "revenus de 9,6 milliards d'euros" },
        { amount: 1.1e9, currency: 'EUR', role: 'profit', evidence: "résultat net de 1,1 milliard d'euros" },
      ],
    ],
    // Role words joined like the amounts do not say which amount is which.
    [
      "Le chiffre d'affaires et le bénéfice ont atteint 11 milliards d'euros et 3 milliards d'euros.",
      [
        { amount: 11e9, currency: 'EUR', evidence: "11 milliards d'euros" },
        { amount: 3e9, currency: 'EUR', evidence: "3 milliards d'euros" },
      ],
    ],
    ['Le transfert a coûté 80 M€.', [{ amount: 80e6, currency: 'EUR', role: 'cost', evidence: 'coûté 80 M€' }]],
  ],
  [
    'Trois milliards de personnes utilisent la plateforme.',
    'La série compte 10 épisodes.',
    'En 2023, les scénaristes ont fait grève.',
    "L'euro a reculé face au dollar.",
    '142 000 entrées ont été enregistrées.',
  ],
);
