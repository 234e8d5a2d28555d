import { percentCorpus } from './corpus.js';

percentCorpus(
  'de',
  [
    ['Der Umsatz stieg im zweiten Quartal um 16 Prozent.', [{ value: 16, role: 'revenue-growth', evidence: 'Umsatz stieg im zweiten Quartal um 16 Prozent' }]],
    ['Der Umsatz ist um 16 Prozent gestiegen.', [{ value: 16, role: 'revenue-growth', evidence: 'Umsatz ist um 16 Prozent gestiegen' }]],
    ['Der Gewinn legte um 20 Prozent zu.', [{ value: 20, role: 'profit-growth', evidence: 'Gewinn legte um 20 Prozent zu' }]],
    ['Der Verein meldete ein Umsatzplus von 9 Prozent.', [{ value: 9, role: 'revenue-growth', evidence: 'Umsatzplus von 9 Prozent' }]],
    ['Netflix meldete rund 11 Milliarden US-Dollar Umsatz (ein Anstieg von 16 %).', [{ value: 16, role: 'revenue-growth', evidence: 'ein Anstieg von 16 %' }]],
    // A fall is no growth.
    ['Der Umsatz sank um 5 Prozent.', [{ value: 5, evidence: '5 Prozent' }]],
    // A share is no growth.
    ['30 Prozent der Zuschauer sahen die Serie zu Ende.', [{ value: 30, evidence: '30 Prozent' }]],
    ['Netflix erzielte 16 Prozent mehr Umsatz.', [{ value: 16, role: 'revenue-growth', evidence: '16 Prozent mehr Umsatz' }]],
    ['Der Nettogewinn wuchs um 12,5 %.', [{ value: 12.5, role: 'profit-growth', evidence: 'Nettogewinn wuchs um 12,5 %' }]],
    ['Der Konzern hält 25,1 % der Anteile.', [{ value: 25.1, evidence: '25,1 %' }]],
    ['Die Erlöse lagen 7 Prozent höher als im Vorjahr.', [{ value: 7, role: 'revenue-growth', evidence: 'Erlöse lagen 7 Prozent höher' }]],
    ['Der Umsatz betrug 3,1 Milliarden Euro, ein Plus von 8 Prozent.', [{ value: 8, role: 'revenue-growth', evidence: 'ein Plus von 8 Prozent' }]],
    // "auf" gives a level, not a growth.
    ['Der Anteil des Umsatzes stieg auf 16 Prozent.', [{ value: 16, evidence: '16 Prozent' }]],
    ['Der Umsatz lag vergangenes Jahr bei 2,4 Milliarden Euro, ein Plus von 12 Prozent.', [{ value: 12, role: 'revenue-growth', evidence: 'ein Plus von 12 Prozent' }]],
    ['Die Kosten stiegen um 10 Prozent.', [{ value: 10, evidence: '10 Prozent' }]],
    ['Die Zahl der Abonnenten stieg um 9 Prozent.', [{ value: 9, evidence: '9 Prozent' }]],
    // An expectation is not the result.
    ['Der Konzern erwartet ein Umsatzwachstum von 5 Prozent.', [{ value: 5, evidence: '5 Prozent' }]],
  ],
  [
    'Eine 100-prozentige Tochter übernimmt das Geschäft.',
    'Co-CEO Ted Sarandos sprach 2023 mit Investoren.',
    'Die Quote stieg um 2 Prozentpunkte.',
    '16 Menschen waren beteiligt.',
    'Der Anteil wurde in Prozent angegeben.',
  ],
);
