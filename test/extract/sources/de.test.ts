import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (de)', () => {
  sourceCorpus(
    'de',
    [
      ['Laut dpa wurde der Vertrag am Montag unterzeichnet.', ['dpa']],
      ['Wie die „Süddeutsche Zeitung“ berichtet, plant der Konzern einen Stellenabbau.', ['Süddeutsche Zeitung']],
      ['Das Handelsblatt berichtete zuerst über die Pläne.', ['Handelsblatt']],
      ['Der Streamingdienst hat die Preise erhöht.\nQuelle: dpa', ['dpa']],
      ['Reuters zufolge stehen die Gespräche kurz vor dem Abschluss.', ['Reuters']],
      ['Unter Berufung auf Insider meldete Bloomberg einen Verkauf.', ['Bloomberg']],
      ['Nach Angaben der Acme GmbH stieg der Umsatz um zwölf Prozent.', ['Acme GmbH']],
      ['BERLIN (dpa) – Die Filmförderung wird neu geregelt.', ['dpa']],
      ['Das berichtet die ARD unter Berufung auf Branchenkreise.', ['ARD']],
      ['Laut ZDF haben mehr als eine Million Menschen zugeschaut.', ['ZDF']],
      ['Wie die Nachrichtenagentur AFP meldet, ist der Streik beendet.', ['AFP']],
      ['Laut der Goya-Akademie gelten die neuen Regeln ab sofort.', ['Goya-Akademie']],
    ],
    [
      'Laut Co-CEO Ted Sarandos war die Lösung zehnmal schneller.',
      'Netflix übernimmt generative KI: Netflix setzt GenAI in der Produktion ein. Quelle: Netflix',
      'Laut Netflix-Chef Ted Sarandos ist KI nur ein Werkzeug.',
      'Ihm zufolge war die Szene sonst nicht realisierbar.',
      'Netflix berichtete einen Umsatz von 11 Milliarden Dollar.',
      'Titel wie Squid Game sind sehr erfolgreich.',
    ],
  );
});
