/** German percent rules: "der Umsatz stieg um 16 Prozent", "(ein Anstieg von 16 %)", "ein Umsatzplus von 16 %". */
import type { PercentLexicon } from './lexicon.js';

export const de: PercentLexicon = {
  nouns: ['Anstieg', 'Zuwachs', 'Plus', 'Wachstum', 'Steigerung', 'Zunahme', 'Erhöhung', 'Sprung'],
  nounLink: ['von', 'um'],
  up: ['plus'],
  after: ['gestiegen', 'gewachsen', 'geklettert', 'zugelegt', 'zu', 'höher', 'angestiegen', 'gesteigert', 'erhöht'],
  more: ['mehr', String.raw`höhere[nm]?`],
  relative: ['was', String.raw`und\s+damit`, String.raw`das\s+entspricht`, 'entsprechend', 'damit', 'also'],
  period: ['im', 'in', 'für', 'während'],
  when: [String.raw`(?:vergangenes|letztes|dieses)\s+Jahr`, 'zuletzt'],
  article: ['ein', 'eine', 'einem', 'einen', 'einer', 'der', 'die', 'das', 'dem', 'den'],
  ofRole: ['beim', 'bei', 'im', 'des', 'der', String.raw`bei\s+den`],
  yoy: [
    String.raw`im\s+Jahresvergleich`, String.raw`gegenüber\s+dem\s+Vorjahr(?:esquartal|eszeitraum)?`,
    String.raw`im\s+Vergleich\s+zum\s+Vorjahr(?:esquartal|eszeitraum)?`, String.raw`zum\s+Vorjahr`, String.raw`binnen\s+Jahresfrist`,
  ],
  roleGrowth: {
    revenue: [String.raw`Umsatz(?:wachstum|plus|anstieg|steigerung|zuwachs|sprung)`, String.raw`Erlös(?:wachstum|plus|anstieg)`],
    profit: [String.raw`Gewinn(?:wachstum|plus|anstieg|steigerung|zuwachs|sprung)`],
  },
};
