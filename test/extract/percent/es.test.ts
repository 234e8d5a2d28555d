import { percentCorpus } from './corpus.js';

percentCorpus(
  'es',
  [
    ['Los ingresos crecieron un 16 %.', [{ value: 16, role: 'revenue-growth', evidence: 'ingresos crecieron un 16 %' }]],
    ['Netflix obtuvo ingresos de 11.000 millones de dólares, un aumento del 16 %.', [{ value: 16, role: 'revenue-growth', evidence: 'un aumento del 16 %' }]],
    ['El beneficio neto aumentó un 20 por ciento.', [{ value: 20, role: 'profit-growth', evidence: 'beneficio neto aumentó un 20 por ciento' }]],
    // A fall is no growth.
    ['Las ventas cayeron un 5 %.', [{ value: 5, evidence: '5 %' }]],
    // A share is no growth.
    ['Un 30 % de los espectadores abandonó la serie.', [{ value: 30, evidence: '30 %' }]],
    ['La empresa registró un crecimiento de los ingresos del 16 %.', [{ value: 16, role: 'revenue-growth', evidence: 'crecimiento de los ingresos del 16 %' }]],
    ['Se produjo un aumento del 16 % de las ventas.', [{ value: 16, role: 'revenue-growth', evidence: 'un aumento del 16 % de las ventas' }]],
    ['Marea Films facturó 12 millones de euros, un 20 % más que el año anterior.', [{ value: 20, role: 'revenue-growth', evidence: 'un 20 % más' }]],
    ['Los ingresos fueron de 2.400 millones de dólares el año pasado, un 12 % más que el año anterior.', [{ value: 12, role: 'revenue-growth', evidence: 'un 12 % más' }]],
    ['Las ganancias subieron un 12,5 %.', [{ value: 12.5, role: 'profit-growth', evidence: 'ganancias subieron un 12,5 %' }]],
    [
      'Los ingresos y el beneficio crecieron un 16 % y un 20 %.',
      [
        { value: 16, evidence: '16 %' },
        { value: 20, evidence: '20 %' },
      ],
    ],
    ['Los costes aumentaron un 10 %.', [{ value: 10, evidence: '10 %' }]],
    ['Telefónica controla el 25 % de la filial.', [{ value: 25, evidence: '25 %' }]],
    ['La facturación fue un 7 % superior.', [{ value: 7, role: 'revenue-growth', evidence: 'facturación fue un 7 % superior' }]],
    // An expectation is not the result.
    ['La compañía prevé un crecimiento de los ingresos del 5 %.', [{ value: 5, evidence: '5 %' }]],
  ],
  [
    '16 personas resultaron heridas.',
    'En 2023 hubo huelgas en Hollywood.',
    'La cuota subió 2 puntos porcentuales.',
    'Unas cuarenta personas trabajan allí.',
    'El porcentaje no se hizo público.',
  ],
);
