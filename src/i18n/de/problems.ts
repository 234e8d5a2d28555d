import type { ProblemsText } from '../sections/problems.js';

export const problems: ProblemsText = {
  notFound: 'Datei oder Ordner nicht gefunden',
  unreadable: (why) => `kann nicht gelesen werden (${why})`,
  permissionDenied: 'keine Leseberechtigung',
  empty: 'die Datei ist leer',
  whitespace: 'die Datei enthält nur Leerzeichen und Zeilenumbrüche',
  binary: 'das ist eine Binärdatei, kein Text',
  invalidUtf8: 'der Text ist kein gültiges UTF-8 (bitte als UTF-8 speichern)',
  tooLarge: (mib) => `die Datei ist zu groß für einen Artikel (über ${mib} MiB)`,
  folderTooBig: (max) => `der Ordner enthält mehr als ${max} Artikeldateien; nichts davon wurde gelesen (bitte einen kleineren Ordner angeben)`,
  tooManyFiles: (max, more) =>
    `es werden höchstens ${max} Artikeldateien auf einmal gelesen; ${more ? `diese und ${more} weitere wurden` : 'diese wurde'} übersprungen`,
  noArticleFiles: (extensions) => `keine Artikeldateien in diesem Ordner (${extensions})`,
  symlinkLoop: 'ein symbolischer Link bildet eine Endlosschleife',
  notAFile: 'das ist keine reguläre Datei',
  noText: 'die Datei hat einen Kopfbereich, aber keinen Artikeltext',
  unsupportedLanguage: (guess, supported) =>
    `die Sprache wird nicht unterstützt${guess ? ` (der Text sieht nach ${guess} aus)` : ''}; unterstützt: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `die Sprache lässt sich nicht sicher erkennen (${first} oder ${second}); bitte im Kopfbereich eine Zeile „language: xx“ ergänzen (${supported})`,
  tooShort: (supported) =>
    `der Text ist zu kurz, um seine Sprache zu erkennen; bitte im Kopfbereich eine Zeile „language: xx“ ergänzen (${supported})`,
  noArticleLoaded: 'es konnte kein Artikel geladen werden',
  noQuestions: 'es ließ sich keine Frage bilden: die Artikel nennen zu wenige Fakten mit eindeutiger Antwort',
  header: {
    unknownField: (field) => `unbekanntes Feld ${field} im Kopfbereich (ignoriert)`,
    malformedLine: (line) => `die Zeile ${line} im Kopfbereich hat nicht die Form „Schlüssel: Wert“ (ignoriert)`,
    repeatedField: (field) => `das Feld ${field} steht zweimal im Kopfbereich (der letzte Wert gilt)`,
    unsupportedLanguage: (value) => `die Sprache ${value} im Kopfbereich wird nicht unterstützt (die Sprache wird aus dem Text erkannt)`,
    notClosed: (lines) => `der Kopfbereich wird nicht innerhalb von ${lines} Zeilen mit „---“ abgeschlossen (er wird als Artikeltext gelesen)`,
  },
};
