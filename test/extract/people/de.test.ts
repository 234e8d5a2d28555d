import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (de)', () => {
  peopleCorpus(
    'de',
    [
      ['Laut Co-CEO Ted Sarandos war die Szene zehnmal schneller fertig.', [['Ted Sarandos', 'co-CEO']]],
      ['Netflix-Chef Ted Sarandos sprach von einem Durchbruch.', [['Ted Sarandos', 'CEO']]],
      ['„Wir ersetzen keine Künstler“, sagte Anna Müller.', [['Anna Müller', undefined]]],
      ['Von Katrin Weber | 12. März 2025, 10:15\nDer Konzern hat die Zahlen vorgelegt.', [['Katrin Weber', 'author']]],
      ['Konzernchefin Anna Berger kündigte Einsparungen an.', [['Anna Berger', 'CEO']]],
      ['Die Kulturstaatsministerin Claudia Roth lobte die Initiative.', [['Claudia Roth', 'minister']]],
      ['Regisseur Tom Tykwer arbeitet an einem neuen Film.', [['Tom Tykwer', 'director']]],
      // Direktorin, Intendant and Geschäftsführer head an institution or a company, not a film.
      ['Direktorin Anna Weber eröffnete die Ausstellung.', [['Anna Weber', undefined]]],
      ['Intendant Thomas Bellut verteidigte den Sender.', [['Thomas Bellut', undefined]]],
      ['Produzentin Regina Ziegler verteidigte das Projekt.', [['Regina Ziegler', 'producer']]],
      ['Unternehmenssprecher Jan Hoffmann bestätigte den Bericht.', [['Jan Hoffmann', 'spokesperson']]],
      ['Medienanalyst Klaus Brandt rechnet mit weiteren Kürzungen.', [['Klaus Brandt', 'analyst']]],
      ['Reed Hastings, Mitgründer von Netflix, zog sich aus dem Vorstand zurück.', [['Reed Hastings', 'founder']]],
      [
        'Co-CEO Greg Peters erklärte, die Werbung wachse. „Wir sind zufrieden“, betonte Peters.',
        [['Greg Peters', 'co-CEO'], ['Greg Peters', undefined]],
      ],
      ['„Das ist erst der Anfang“, so Maria Schneider.', [['Maria Schneider', undefined]]],
      ['Die Präsidentin der Filmakademie, Alexandra Maria Lara, warnte vor KI.', [['Alexandra Maria Lara', 'president']]],
      [
        'Finanzvorstand Lena Kraus warnte vor Euphorie. „Wir bleiben vorsichtig“, sagte Kraus.',
        [['Lena Kraus', undefined]],
      ],
      ['Der Schauspieler Til Schweiger kritisierte die Pläne.', [['Til Schweiger', undefined]]],
    ],
    [
      'Ihm zufolge wollte das Kreativteam die Szene eines Einsturzes zeigen.',
      'Laut Reuters testet die Plattform bereits GenAI in anderen Projekten.',
      'Der Konzernchef sagte, die Zahlen seien gut.',
      '„Wir sind stolz“, sagte Netflix in einer Mitteilung.',
      'Von Anfang an war klar, dass KI eine Rolle spielt.',
      'Sarandos sieht KI als ein Werkzeug für Kreative.',
      'Die Serie El Eternauta zeigt Buenos Aires im Schnee.',
    ],
  );
});
