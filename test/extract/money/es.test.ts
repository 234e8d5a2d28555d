import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'es',
  [
    // "11.000 millones" is eleven thousand million.
    ['Netflix obtuvo unos 11.000 millones de dólares en ingresos.', [{ amount: 11e9, currency: 'USD', role: 'revenue', approximate: true, evidence: 'unos 11.000 millones de dólares en ingresos' }]],
    ['La compañía registró un beneficio neto de 2,4 millones de euros.', [{ amount: 2.4e6, currency: 'EUR', role: 'profit', evidence: 'beneficio neto de 2,4 millones de euros' }]],
    ['Los ingresos crecieron un 16 % hasta 11.000 millones de dólares.', [{ amount: 11e9, currency: 'USD', role: 'revenue', evidence: 'ingresos crecieron un 16 % hasta 11.000 millones de dólares' }]],
    // "de … a …": only the new value is a fact.
    ['La facturación pasó de 1.500 a 2.400 millones de euros.', [{ amount: 2.4e9, currency: 'EUR', role: 'revenue', evidence: 'facturación pasó de 1.500 a 2.400 millones de euros' }]],
    ['La serie tuvo un presupuesto de 3,5 millones de euros.', [{ amount: 3.5e6, currency: 'EUR', role: 'budget', evidence: 'presupuesto de 3,5 millones de euros' }]],
    ['La película costó casi 200 millones de dólares.', [{ amount: 200e6, currency: 'USD', role: 'cost', approximate: true, evidence: 'costó casi 200 millones de dólares' }]],
    [
      'El beneficio se situó en 3.100 millones de euros, frente a 2.000 millones de euros del año anterior.',
      [
        { amount: 3.1e9, currency: 'EUR', role: 'profit', evidence: 'beneficio se situó en 3.100 millones de euros' },
        { amount: 2e9, currency: 'EUR', evidence: '2.000 millones de euros' },
      ],
    ],
    ['Inditex facturó 11 mil millones de euros en el semestre.', [{ amount: 11e9, currency: 'EUR', role: 'revenue', evidence: 'facturó 11 mil millones de euros' }]],
    ['El club pagó 80 millones de euros por el fichaje.', [{ amount: 80e6, currency: 'EUR', evidence: '80 millones de euros' }]],
    ['Las ventas alcanzaron los 500.000 euros.', [{ amount: 500000, currency: 'EUR', role: 'revenue', evidence: 'ventas alcanzaron los 500.000 euros' }]],
    // An expected revenue is not the result.
    ['La empresa prevé unos ingresos de 12.000 millones de euros.', [{ amount: 12e9, currency: 'EUR', evidence: '12.000 millones de euros' }]],
    ['El contrato asciende a US$ 5 millones.', [{ amount: 5e6, currency: 'USD', evidence: 'US$ 5 millones' }]],
    ['El coste total fue de más de 40 millones de euros.', [{ amount: 40e6, currency: 'EUR', role: 'cost', approximate: true, evidence: 'coste total fue de más de 40 millones de euros' }]],
    ['La productora ganó 2 millones de libras esterlinas.', [{ amount: 2e6, currency: 'GBP', evidence: '2 millones de libras esterlinas' }]],
    // The size of a change is not the revenue.
    ['Los ingresos aumentaron en 500 millones de euros.', [{ amount: 500e6, currency: 'EUR', evidence: '500 millones de euros' }]],
    ['Obtuvo 1.000 millones de euros en ingresos publicitarios.', [{ amount: 1e9, currency: 'EUR', evidence: '1.000 millones de euros' }]],
    ['El presupuesto ronda los tres millones de euros.', [{ amount: 3e6, currency: 'EUR', role: 'budget', approximate: true, evidence: 'presupuesto ronda los tres millones de euros' }]],
  ],
  [
    '3.000 millones de personas usan la plataforma.',
    'La serie tiene 10 episodios.',
    'En 2023 hubo huelgas en Hollywood.',
    // In Latin American news "$" is also the peso sign: no currency is guessed.
    'La entrada cuesta $ 5.000 en Buenos Aires.',
    'Unas cuarenta personas trabajan en la empresa.',
  ],
);
