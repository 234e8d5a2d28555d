import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../src/facts.js';
import { factsIn } from '../../helpers.js';
import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'de',
  [
    ['Laut Hersteller arbeitet der neue Prozessor zehnmal schneller als das Vorgängermodell.', 10, 'zehnmal schneller'],
    ['Die Sequenz wurde 10-mal schneller fertiggestellt als geplant.', 10, '10-mal schneller'],
    ['Mit der neuen Software ist der Export doppelt so schnell.', 2, 'doppelt so schnell'],
    ['Das Verfahren ist nach Angaben der Forscher dreimal so schnell wie bisher.', 3, 'dreimal so schnell'],
    ['Die Züge sollen künftig 20 Mal schneller abgefertigt werden.', 20, '20 Mal schneller'],
    ['Dank KI entstand die Szene in einem Zehntel der Zeit.', 10, 'in einem Zehntel der Zeit'],
    ['Die Daten werden nun um das Zehnfache schneller verarbeitet.', 10, 'um das Zehnfache schneller'],
    ['Das Netz überträgt Daten mit vierfacher Geschwindigkeit.', 4, 'vierfacher Geschwindigkeit'],
    ['Der Chip rechnet um den Faktor 5 schneller.', 5, 'um den Faktor 5 schneller'],
    ['Die Anlage arbeitet fünfmal rascher als die alte.', 5, 'fünfmal rascher'],
    ['Die Animation war in der Hälfte der üblichen Zeit fertig.', 2, 'in der Hälfte der üblichen Zeit'],
    ['Der Rechner ist 1,5-mal schneller als sein Vorgänger.', 1.5, '1,5-mal schneller'],
    ['Das Team war nicht nur zwanzigmal schneller, sondern auch günstiger.', 20, 'zwanzigmal schneller'],
    ['Die neue Version lädt Seiten hundertmal schneller.', 100, 'hundertmal schneller'],
    ['Zehnmal so schnell wie früher laufen die Tests jetzt durch.', 10, 'Zehnmal so schnell'],
  ],
  [
    'Ich habe den Film zehnmal gesehen.',
    'Die Gruppe trifft sich dreimal pro Woche.',
    'Das Original ist zehnmal teurer als die Kopie.',
    'Die Staffel hat 10 Folgen.',
    'Der Raum misst 2x2 Meter.',
    'Die Software ist nicht zehnmal schneller, wie behauptet wurde.',
    'Die Chips sind fünf- bis zehnmal schneller.',
    'Im Jahr 2023 fuhren die Züge schneller.',
    'Er hat es hundertmal versucht.',
    'Die Hälfte der Zeit verbrachte er im Büro.',
    'Die Strecke ist halb so schnell befahrbar.',
  ],
);

describe('speed-up facts in an article (de)', () => {
  it('gives each sentence that restates the speed-up its own fact', () => {
    const text = 'Mit KI wurde die Szene 10-mal schneller realisiert.\n"Die Sequenz wurde 10-mal schneller abgeschlossen", sagte er.';
    const found = factsOf(factsIn(text, 'de'), 'speedup');
    expect(found.map((f) => [f.factor, f.evidence.sentence])).toEqual([
      [10, 'Mit KI wurde die Szene 10-mal schneller realisiert.'],
      [10, '"Die Sequenz wurde 10-mal schneller abgeschlossen", sagte er.'],
    ]);
  });
});
