import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../src/quiz/mention-index.js';
import { mentionsAny } from '../../src/quiz/mentions.js';

const TEXTS = [
  'Laut der Intendantin Katrin Vogt sparte der WDR 3 Mio. Euro.',
  'According to Reuters, Harbour-Lights Games cut its animation time.',
  'Selon l’AFP, la présidente Élodie Marchand a quitté Canal+.',
  'Ifølge NTB har Øyvind Ås i NRK sagt at serien blir dyrere.',
  'Volgens de woordvoerster van het Antoni van Leeuwenhoek, Eva de Wit, …',
  'Según EFE, la directora Lucía Ferrer presentó la película en Sitges.',
  'Die Firma JeanLuc Media, nicht Jean Luc, und O’Brien Studios.',
  'Ein Text mit dem Kelvin-Zeichen: \u212Aarl Svensson lobte die Crew.',
  'Ο Γιώργος Παπαδόπουλος είπε ότι η σειρά ήταν δαπανηρή, ὡς Netflix.',
  'The long s of old print: Haſsan Media reported a profit.',
  'Die GoyaAkademie und die Oscar‐Akademie, nicht die Goya Akademie-Gala.',
  '',
];

const NAMES = [
  ['Katrin Vogt', 'Vogt'],
  ['WDR'],
  ['wdr'],
  ['Reuters'],
  ['Harbour Lights Games'],
  ['Harbour-Lights'],
  ['AFP', 'Agence France-Presse'],
  ['Élodie Marchand', 'Marchand'],
  ['élodie marchand'],
  ['Canal+'],
  ['Øyvind Ås', 'Ås'],
  ['NRK'],
  ['Antoni van Leeuwenhoek'],
  ['Eva de Wit'],
  ['Lucía Ferrer', 'Ferrer'],
  ['Jean-Luc'],
  ['Jean Luc'],
  ["O'Brien Studios"],
  ['Karl Svensson'],
  ['Netflix'],
  ['Hassan Media'],
  ['Papadopoulos'],
  ['Goya-Akademie'],
  ['Oscar-Akademie'],
  ['Goya--Akademie'],
  ['Akademie-Gala'],
  ['Pablo Medina', 'Medina'],
  ['  '],
];

describe('MentionIndex', () => {
  const index = new MentionIndex(TEXTS);

  it('finds exactly the texts that mentionsAny finds, for every name', () => {
    for (const names of NAMES) {
      const expected = TEXTS.flatMap((t, i) => (mentionsAny(t, names) ? [i] : []));
      expect(index.mentioning(names), names.join(' / ')).toEqual(expected);
      TEXTS.forEach((t, i) => expect(index.mentionsAny(i, names), `${names.join(' / ')} in text ${i}`).toBe(mentionsAny(t, names)));
    }
  });

  it('tells mentions in any case, across a left-out hyphen and a Kelvin sign', () => {
    expect(index.mentioning(['wdr'])).toEqual([0]);
    expect(index.mentioning(['Jean-Luc'])).toEqual([6]);
    expect(index.mentioning(['Karl Svensson'])).toEqual([7]);
    expect(index.mentioning(['Hassan Media'])).toEqual([9]);
    expect(index.mentioning(['Pablo Medina', 'Medina'])).toEqual([]);
    expect(index.mentioning(['Goya-Akademie'])).toEqual([10]);
    expect(index.mentioning(['Oscar-Akademie'])).toEqual([10]);
  });

  it('agrees with mentionsAny on random texts and names', () => {
    // Letters that fold in unusual ways, spacing and punctuation the name patterns treat specially.
    const alphabet = fc.constantFrom(...'aAbBsSſkK\u212AıİiIßẞéÉøØµμΜƁɓ \u00a0-‐’\'.&+1'.split(''));
    const text = fc.array(alphabet, { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(text, { minLength: 1, maxLength: 2 }), (texts, names) => {
        const idx = new MentionIndex(texts);
        expect(idx.mentioning(names)).toEqual(texts.flatMap((t, i) => (mentionsAny(t, names) ? [i] : [])));
        texts.forEach((t, i) => expect(idx.mentionsAny(i, names)).toBe(mentionsAny(t, names)));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('agrees with mentionsAny for names cut from the texts themselves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXTS.length - 2 }), fc.nat(), fc.integer({ min: 1, max: 20 }), (t, from, length) => {
        const source = TEXTS[t]!;
        const start = from % source.length;
        const names = [source.slice(start, start + length)];
        expect(index.mentioning(names)).toEqual(TEXTS.flatMap((x, i) => (mentionsAny(x, names) ? [i] : [])));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
