import { moneyCorpus } from './corpus.js';

moneyCorpus(
  'de',
  [
    ['Netflix meldete rund 11 Milliarden US-Dollar Umsatz.', [{ amount: 11e9, currency: 'USD', role: 'revenue', approximate: true, evidence: 'rund 11 Milliarden US-Dollar Umsatz' }]],
    ['Der Nettogewinn stieg auf 11,08 Mrd. Dollar.', [{ amount: 11.08e9, currency: 'USD', role: 'profit', evidence: 'Nettogewinn stieg auf 11,08 Mrd. Dollar' }]],
    ['Der Konzern erzielte einen Umsatz von 3,1 Milliarden Euro.', [{ amount: 3.1e9, currency: 'EUR', role: 'revenue', evidence: 'Umsatz von 3,1 Milliarden Euro' }]],
    // "von … auf …": only the new value is a fact.
    ['Der Umsatz stieg von 1,5 auf 2,4 Milliarden Euro.', [{ amount: 2.4e9, currency: 'EUR', role: 'revenue', evidence: 'Umsatz stieg von 1,5 auf 2,4 Milliarden Euro' }]],
    ['Die Produktion kostete knapp 20 Millionen Euro.', [{ amount: 20e6, currency: 'EUR', role: 'cost', approximate: true, evidence: 'kostete knapp 20 Millionen Euro' }]],
    ['Das Budget des Films lag bei etwa 8 Mio. €.', [{ amount: 8e6, currency: 'EUR', role: 'budget', approximate: true, evidence: 'Budget des Films lag bei etwa 8 Mio. €' }]],
    ['Der Umsatz stieg um 1 Mrd. auf 11 Mrd. Euro.', [{ amount: 11e9, currency: 'EUR', role: 'revenue', evidence: 'Umsatz stieg um 1 Mrd. auf 11 Mrd. Euro' }]],
    [
      'Der Gewinn lag bei 900 Millionen Euro nach 750 Millionen Euro im Vorjahr.',
      [
        { amount: 900e6, currency: 'EUR', role: 'profit', evidence: 'Gewinn lag bei 900 Millionen Euro' },
        { amount: 750e6, currency: 'EUR', evidence: '750 Millionen Euro' },
      ],
    ],
    ['Die Stadt zahlte 500.000 Euro für das Gelände.', [{ amount: 500000, currency: 'EUR', evidence: '500.000 Euro' }]],
    ['Spotify verbuchte Erlöse in Höhe von 3,2 Mrd. Euro.', [{ amount: 3.2e9, currency: 'EUR', role: 'revenue', evidence: 'Erlöse in Höhe von 3,2 Mrd. Euro' }]],
    [
      'Der Verein erwirtschaftete einen Überschuss von 2,5 Millionen Schweizer Franken.',
      [{ amount: 2.5e6, currency: 'CHF', role: 'profit', evidence: 'Überschuss von 2,5 Millionen Schweizer Franken' }],
    ],
    // A planned cost is still the cost.
    ['Der Umbau soll mehr als 40 Millionen Euro kosten.', [{ amount: 40e6, currency: 'EUR', role: 'cost', approximate: true, evidence: 'mehr als 40 Millionen Euro kosten' }]],
    // An expected revenue is not the result.
    ['Der Konzern rechnet für das kommende Jahr mit einem Umsatz von 12 Milliarden Euro.', [{ amount: 12e9, currency: 'EUR', evidence: '12 Milliarden Euro' }]],
    ['Der Konzern zahlt eine Dividende von 1,20 Euro je Aktie.', [{ amount: 1.2, currency: 'EUR', evidence: '1,20 Euro' }]],
    ['Der Etat für 2025 beträgt 3 Mio. Euro.', [{ amount: 3e6, currency: 'EUR', role: 'budget', evidence: 'Etat für 2025 beträgt 3 Mio. Euro' }]],
    // A range: no role for either end.
    ['Die Umsätze lagen zwischen 2 und 3 Milliarden Euro.', [{ amount: 3e9, currency: 'EUR', evidence: '3 Milliarden Euro' }]],
    ['Der Deal hat einen Wert von 11 Mrd. USD.', [{ amount: 11e9, currency: 'USD', evidence: '11 Mrd. USD' }]],
    // The revenue of one business line is not the company's revenue.
    ['Netflix machte 1 Mrd. Euro Umsatz mit Werbung.', [{ amount: 1e9, currency: 'EUR', evidence: '1 Mrd. Euro' }]],
    ['Die Produktion verschlang zwei Millionen Euro.', [{ amount: 2e6, currency: 'EUR', evidence: 'zwei Millionen Euro' }]],
  ],
  [
    '3 Milliarden Menschen nutzen die Plattform.',
    'Die Serie hat 10 Folgen und startete 2023.',
    'Squid Game 2 wurde ein Erfolg.',
    'Der Euro legte gegenüber dem Dollar zu.',
    'Der Umsatz wird im März veröffentlicht.',
    'Rund 16 Menschen waren beteiligt.',
  ],
);
