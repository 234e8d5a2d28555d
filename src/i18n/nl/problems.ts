import type { ProblemsText } from '../sections/problems.js';

export const problems: ProblemsText = {
  notFound: 'bestand of map niet gevonden',
  unreadable: (why) => `kan niet worden gelezen (${why})`,
  permissionDenied: 'geen leesrechten',
  empty: 'het bestand is leeg',
  whitespace: 'het bestand bevat alleen witruimte',
  binary: 'dit is een binair bestand, geen tekst',
  invalidUtf8: 'de tekst is geen geldige UTF-8 (sla het bestand op als UTF-8)',
  tooLarge: (mib) => `het bestand is te groot voor een artikel (meer dan ${mib} MiB)`,
  folderTooBig: (max) => `de map bevat meer dan ${max} artikelbestanden; er is niets uit gelezen (geef een kleinere map op)`,
  tooManyFiles: (max, more) =>
    `er worden hoogstens ${max} artikelbestanden tegelijk gelezen; ${more ? `dit bestand en ${more} andere zijn` : 'dit bestand is'} overgeslagen`,
  noArticleFiles: (extensions) => `geen artikelbestanden in deze map (${extensions})`,
  symlinkLoop: 'een symbolische link vormt een oneindige lus',
  notAFile: 'dit is geen gewoon bestand',
  noText: 'het bestand heeft een kopgedeelte, maar geen artikeltekst',
  unsupportedLanguage: (guess, supported) =>
    `deze taal wordt niet ondersteund${guess ? ` (de tekst lijkt ${guess})` : ''}; ondersteund: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `de taal is niet met zekerheid vast te stellen (${first} of ${second}); voeg aan het kopgedeelte een regel “language: xx” toe (${supported})`,
  tooShort: (supported) =>
    `de tekst is te kort om de taal te herkennen; voeg aan het kopgedeelte een regel “language: xx” toe (${supported})`,
  noArticleLoaded: 'er kon geen enkel artikel worden geladen',
  noQuestions: 'er kon geen vraag worden gemaakt: de artikelen noemen te weinig feiten met een eenduidig antwoord',
  header: {
    unknownField: (field) => `onbekend veld ${field} in het kopgedeelte (genegeerd)`,
    malformedLine: (line) => `regel ${line} in het kopgedeelte heeft niet de vorm “sleutel: waarde” (genegeerd)`,
    repeatedField: (field) => `veld ${field} staat twee keer in het kopgedeelte (de laatste waarde telt)`,
    unsupportedLanguage: (value) => `taal ${value} in het kopgedeelte wordt niet ondersteund (de taal wordt uit de tekst afgeleid)`,
    notClosed: (lines) => `het kopgedeelte wordt niet binnen ${lines} regels afgesloten met “---” (het wordt als artikeltekst gelezen)`,
  },
};
