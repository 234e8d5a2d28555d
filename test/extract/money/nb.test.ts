import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'nb',
  [
    ['Netflix hadde rundt 11 milliarder dollar i inntekter.', [{ amount: 11e9, currency: 'USD', role: 'revenue', approximate: true, evidence: 'rundt 11 milliarder dollar i inntekter' }]],
    ['Selskapet fikk et overskudd på 3,1 mrd. kroner.', [{ amount: 3.1e9, currency: 'NOK', role: 'profit', evidence: 'overskudd på 3,1 mrd. kroner' }]],
    // "fra … til …": only the new value is a fact.
    ['Omsetningen økte fra 1,5 til 2,4 milliarder kroner.', [{ amount: 2.4e9, currency: 'NOK', role: 'revenue', evidence: 'Omsetningen økte fra 1,5 til 2,4 milliarder kroner' }]],
    ['Serien kostet 500 000 kroner.', [{ amount: 500000, currency: 'NOK', role: 'cost', evidence: 'kostet 500 000 kroner' }]],
    ['Budsjettet er på 200 millioner kroner.', [{ amount: 200e6, currency: 'NOK', role: 'budget', evidence: 'Budsjettet er på 200 millioner kroner' }]],
    ['Driftsinntektene endte på 4,2 milliarder kroner.', [{ amount: 4.2e9, currency: 'NOK', role: 'revenue', evidence: 'Driftsinntektene endte på 4,2 milliarder kroner' }]],
    [
      'Resultatet ble 3,1 milliarder dollar, mot 2,5 milliarder dollar året før.',
      [
        { amount: 3.1e9, currency: 'USD', role: 'profit', evidence: 'Resultatet ble 3,1 milliarder dollar' },
        { amount: 2.5e9, currency: 'USD', evidence: '2,5 milliarder dollar' },
      ],
    ],
    // An expected revenue is not the result.
    ['Equinor venter inntekter på 100 milliarder dollar.', [{ amount: 100e9, currency: 'USD', evidence: '100 milliarder dollar' }]],
    ['Filmen fikk 12 millioner kroner i støtte.', [{ amount: 12e6, currency: 'NOK', evidence: '12 millioner kroner' }]],
    ['Prisen var 3,5 millioner svenske kroner.', [{ amount: 3.5e6, currency: 'SEK', evidence: '3,5 millioner svenske kroner' }]],
    [
      'Dramabudsjettet ble kuttet med 15 prosent, til 420 millioner kroner.',
      [{ amount: 420e6, currency: 'NOK', role: 'budget', evidence: 'Dramabudsjettet ble kuttet med 15 prosent, til 420 millioner kroner' }],
    ],
    ['Selskapet omsatte for nesten 2 milliarder kroner.', [{ amount: 2e9, currency: 'NOK', role: 'revenue', approximate: true, evidence: 'omsatte for nesten 2 milliarder kroner' }]],
    ['Kostnadene var på omtrent 8 millioner euro.', [{ amount: 8e6, currency: 'EUR', role: 'cost', approximate: true, evidence: 'Kostnadene var på omtrent 8 millioner euro' }]],
    // The size of a change is not the revenue.
    ['Inntektene økte med 1 milliard kroner.', [{ amount: 1e9, currency: 'NOK', evidence: '1 milliard kroner' }]],
    ['Avtalen er verdt 250 mill. kr.', [{ amount: 250e6, currency: 'NOK', evidence: '250 mill. kr.' }]],
  ],
  [
    '3 milliarder mennesker bruker plattformen.',
    'Serien har 10 episoder.',
    'Under Hollywood-streikene i 2023 var AI et stridspunkt.',
    'Squid Game 2 ble en suksess.',
    'Kronen svekket seg mot dollaren.',
  ],
);
