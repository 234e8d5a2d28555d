import type { ProblemsText } from '../sections/problems.js';

export const problems: ProblemsText = {
  notFound: 'finner ingen fil eller mappe med dette navnet',
  unreadable: (why) => `kan ikke leses (${why})`,
  permissionDenied: 'mangler lesetilgang',
  empty: 'filen er tom',
  whitespace: 'filen inneholder bare mellomrom og linjeskift',
  binary: 'dette er en binærfil, ikke tekst',
  invalidUtf8: 'teksten er ikke gyldig UTF-8 (lagre filen som UTF-8)',
  tooLarge: (mib) => `filen er for stor til å være en artikkel (over ${mib} MiB)`,
  folderTooBig: (max) => `mappen inneholder mer enn ${max} artikkelfiler; ingenting i den ble lest (oppgi en mindre mappe)`,
  tooManyFiles: (max, more) => `høyst ${max} artikkelfiler leses om gangen; ${more ? `denne og ${more} til ble` : 'denne ble'} hoppet over`,
  noArticleFiles: (extensions) => `ingen artikkelfiler i denne mappen (${extensions})`,
  symlinkLoop: 'en symbolsk lenke danner en uendelig løkke',
  notAFile: 'dette er ikke en vanlig fil',
  noText: 'filen har et hode, men ingen artikkeltekst',
  unsupportedLanguage: (guess, supported) =>
    `språket støttes ikke${guess ? ` (teksten ser ut til å være på ${guess})` : ''}; støttede språk: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `kan ikke avgjøre sikkert hvilket språk teksten er på (${first} eller ${second}); legg til linjen «language: xx» i hodet (${supported})`,
  tooShort: (supported) => `teksten er for kort til at språket kan avgjøres; legg til linjen «language: xx» i hodet (${supported})`,
  noArticleLoaded: 'ingen artikler kunne lastes inn',
  noQuestions: 'det kunne ikke lages noen spørsmål: artiklene oppgir for få fakta med et sikkert svar',
  header: {
    unknownField: (field) => `ukjent felt ${field} i hodet (ignorert)`,
    malformedLine: (line) => `linjen ${line} i hodet har ikke formen «nøkkel: verdi» (ignorert)`,
    repeatedField: (field) => `feltet ${field} står to ganger i hodet (den siste verdien gjelder)`,
    unsupportedLanguage: (value) => `språket ${value} i hodet støttes ikke (språket gjenkjennes ut fra teksten)`,
    notClosed: (lines) => `hodet er ikke avsluttet med en «---»-linje innen ${lines} linjer (det leses som artikkeltekst)`,
  },
};
