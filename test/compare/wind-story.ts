/**
 * A second invented story, in nl, nb and en, for tests through the real
 * extractors: the Dutch and Norwegian reports give revenue of 840 million
 * euros, the English one 910 million; only the Dutch one cites a source (ANP)
 * in the revenue's sentence; all three name the chief executive Pieter de Boer.
 */
export const WIND_STORY: Array<{ file: string; text: string }> = [
  {
    file: 'wind-nl.txt',
    text:
      'Zeewind bouwt drie nieuwe windparken\n\n' +
      'Het Rotterdamse energiebedrijf Zeewind bouwt drie nieuwe windparken in de Noordzee. ' +
      'De omzet van het bedrijf steeg vorig jaar naar 840 miljoen euro, meldt het ANP. ' +
      'Topman Pieter de Boer verwacht dat de parken in 2028 stroom leveren.\n',
  },
  {
    file: 'wind-nb.txt',
    text:
      'Zeewind bygger tre nye vindparker\n\n' +
      'Det nederlandske energiselskapet Zeewind skal bygge tre nye vindparker i Nordsjøen. ' +
      'Selskapet hadde i fjor en omsetning på 840 millioner euro. ' +
      'Administrerende direktør Pieter de Boer venter at parkene leverer strøm i 2028.\n',
  },
  {
    file: 'wind-en.txt',
    text:
      'Zeewind to build three new wind farms\n\n' +
      'The Dutch energy company Zeewind will build three new wind farms in the North Sea. ' +
      'Its revenue climbed to 910 million euros last year. ' +
      'Chief executive Pieter de Boer expects the farms to deliver power in 2028.\n',
  },
];
