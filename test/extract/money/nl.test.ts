import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'nl',
  [
    ['Netflix boekte 11 miljard dollar omzet.', [{ amount: 11e9, currency: 'USD', role: 'revenue', evidence: '11 miljard dollar omzet' }]],
    ['De winst kwam uit op € 3,1 mld.', [{ amount: 3.1e9, currency: 'EUR', role: 'profit', evidence: 'winst kwam uit op € 3,1 mld.' }]],
    ['De omzet steeg met 16 procent naar 11 miljard euro.', [{ amount: 11e9, currency: 'EUR', role: 'revenue', evidence: 'omzet steeg met 16 procent naar 11 miljard euro' }]],
    // "van … naar …": only the new value is a fact.
    ['De omzet steeg van 1,5 naar 2,4 miljard euro.', [{ amount: 2.4e9, currency: 'EUR', role: 'revenue', evidence: 'omzet steeg van 1,5 naar 2,4 miljard euro' }]],
    ['Het budget van de film bedroeg zo’n 200 miljoen dollar.', [{ amount: 200e6, currency: 'USD', role: 'budget', approximate: true, evidence: 'budget van de film bedroeg zo’n 200 miljoen dollar' }]],
    ['De kosten bedroegen ruim 5 miljoen euro.', [{ amount: 5e6, currency: 'EUR', role: 'cost', approximate: true, evidence: 'kosten bedroegen ruim 5 miljoen euro' }]],
    [
      'Het bedrijf maakte een nettowinst van 3,1 miljard dollar, tegen 2,4 miljard dollar een jaar eerder.',
      [
        { amount: 3.1e9, currency: 'USD', role: 'profit', evidence: 'nettowinst van 3,1 miljard dollar' },
        { amount: 2.4e9, currency: 'USD', evidence: '2,4 miljard dollar' },
      ],
    ],
    // The comparison value gets no role, even with its own role word.
    [
      'De omzet steeg naar 4 miljard euro, tegen een omzet van 3 miljard euro vorig jaar.',
      [
        { amount: 4e9, currency: 'EUR', role: 'revenue', evidence: 'omzet steeg naar 4 miljard euro' },
        { amount: 3e9, currency: 'EUR', evidence: '3 miljard euro' },
      ],
    ],
    ['De renovatie kostte 2,8 miljoen euro.', [{ amount: 2.8e6, currency: 'EUR', role: 'cost', evidence: 'kostte 2,8 miljoen euro' }]],
    ['Het museum kreeg een gift van 500.000 euro.', [{ amount: 500000, currency: 'EUR', evidence: '500.000 euro' }]],
    // An expected revenue is not the result.
    ['Philips verwacht een omzet van 18 miljard euro.', [{ amount: 18e9, currency: 'EUR', evidence: '18 miljard euro' }]],
    ['De inkomsten bedroegen bijna 40 miljoen euro.', [{ amount: 40e6, currency: 'EUR', role: 'revenue', approximate: true, evidence: 'inkomsten bedroegen bijna 40 miljoen euro' }]],
    ['Het contract is 11 miljoen Britse pond waard.', [{ amount: 11e6, currency: 'GBP', evidence: '11 miljoen Britse pond' }]],
    ['De omzet lag tussen 2 en 3 miljard euro.', [{ amount: 3e9, currency: 'EUR', evidence: '3 miljard euro' }]],
    ['Het productiebudget werd verhoogd naar 12 miljoen euro.', [{ amount: 12e6, currency: 'EUR', role: 'budget', evidence: 'productiebudget werd verhoogd naar 12 miljoen euro' }]],
    [
      'ASML behaalde een omzet van 7,5 miljard euro en een winst van 2,1 miljard euro.',
      [
        { amount: 7.5e9, currency: 'EUR', role: 'revenue', evidence: 'omzet van 7,5 miljard euro' },
        { amount: 2.1e9, currency: 'EUR', role: 'profit', evidence: 'winst van 2,1 miljard euro' },
      ],
    ],
  ],
  [
    '3 miljard mensen gebruiken het platform.',
    'De serie telt 10 afleveringen.',
    'In 2023 staakten de acteurs.',
    'De euro daalde ten opzichte van de dollar.',
    'De omzetcijfers volgen later.',
  ],
);
