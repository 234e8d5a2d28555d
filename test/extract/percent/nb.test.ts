import { percentCorpus } from './corpus.js';

percentCorpus(
  'nb',
  [
    ['Netflix hadde rundt 11 milliarder dollar i inntekter (en økning på 16 %).', [{ value: 16, role: 'revenue-growth', evidence: 'en økning på 16 %' }]],
    ['Inntektene økte med 16 prosent.', [{ value: 16, role: 'revenue-growth', evidence: 'Inntektene økte med 16 prosent' }]],
    ['Overskuddet steg 20 prosent.', [{ value: 20, role: 'profit-growth', evidence: 'Overskuddet steg 20 prosent' }]],
    // A fall is no growth.
    ['Omsetningen falt med 5 prosent.', [{ value: 5, evidence: '5 prosent' }]],
    // A share is no growth.
    ['30 prosent av seerne så hele serien.', [{ value: 30, evidence: '30 prosent' }]],
    ['Selskapet hadde 16 prosent høyere inntekter.', [{ value: 16, role: 'revenue-growth', evidence: '16 prosent høyere inntekter' }]],
    ['Inntektsveksten var på 16 prosent.', [{ value: 16, role: 'revenue-growth', evidence: 'Inntektsveksten var på 16 prosent' }]],
    ['Driftsinntektene endte på 4,2 milliarder kroner, opp 9 prosent.', [{ value: 9, role: 'revenue-growth', evidence: 'opp 9 prosent' }]],
    // A budget cut is neither.
    ['Dramabudsjettet ble kuttet med 15 prosent.', [{ value: 15, evidence: '15 prosent' }]],
    ['Resultatet økte med 12,5 %.', [{ value: 12.5, role: 'profit-growth', evidence: 'Resultatet økte med 12,5 %' }]],
    ['Staten eier 34 prosent av aksjene.', [{ value: 34, evidence: '34 prosent' }]],
    ['Kostnadene økte med 10 prosent.', [{ value: 10, evidence: '10 prosent' }]],
    // An expectation is not the result.
    ['Equinor forventer en inntektsvekst på 5 prosent.', [{ value: 5, evidence: '5 prosent' }]],
  ],
  [
    '16 personer deltok.',
    'Under streikene i 2023 stod AI sentralt.',
    'Oppslutningen økte med 2 prosentpoeng.',
    'Co-CEO Ted Sarandos uttalte seg.',
    'Prosentandelen er ukjent.',
  ],
);
