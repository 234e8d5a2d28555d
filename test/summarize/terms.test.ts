/** The terms LexRank compares sentences by. */
import { describe, expect, it } from 'vitest';
import { TermIds, termsOf } from '../../src/summarize/terms.js';

/** The definition the scanner keeps to: words matched by /\p{L}[\p{L}\d]*\/gu in lower case, cut to six code units. */
const byRegex = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}\d]*/gu) ?? []).map((w) => w.slice(0, 6));

/** termsOf gives one term per word of the definition, and the same id exactly where the stems are the same. */
function expectAgreement(text: string, ids = new TermIds()): void {
  const stems = byRegex(text);
  const terms = termsOf(text, ids);
  expect(terms).toHaveLength(stems.length);
  stems.forEach((a, k) => stems.forEach((b, l) => expect(terms[k] === terms[l], `${a} / ${b}`).toBe(a === b)));
}

describe('termsOf', () => {
  it('cuts lower-cased words to their first six letters, so inflected forms share a term', () => {
    expect(termsOf('Die Effekte der Serie: ein Effekt!', new TermIds())).toEqual([0, 1, 2, 3, 4, 1]);
  });

  it('gives one id per stem within an article, numbered as first met', () => {
    const ids = new TermIds();
    expect(termsOf('Le budget du film.', ids)).toEqual([0, 1, 2, 3]);
    expect(termsOf('Les budgets du film.', ids)).toEqual([4, 1, 2, 3]);
    expect(ids.size).toBe(5);
  });

  it('numbers afresh after clear(), for the next article', () => {
    const ids = new TermIds();
    termsOf('Le budget du film.', ids);
    ids.clear();
    expect(ids.size).toBe(0);
    expect(termsOf('Un film, un budget.', ids)).toEqual([0, 1, 0, 2]);
  });

  it('reads a word as a letter followed by letters and ASCII digits, never starting with a digit', () => {
    expect(termsOf('Q3 2024: 45 % mehr, COVID19-Zahlen covid1', new TermIds())).toEqual([0, 1, 2, 3, 2]);
  });

  it('splits words as the regex definition does, in six languages and beyond Latin-1 and the BMP', () => {
    const texts = [
      'The series "El Eternauta" cost $15m, according to co-CEO Ted Sarandos.',
      'Laut Präsidentin Katrin Vogt stieg der Umsatz um 12,5 Prozent auf 3,1 Mrd. Euro.',
      'Volgens de woordvoerster kostte de docuserie 2 miljoen euro.',
      'Ifølge rederiet går ferja på strøm – «Vi er stolte».',
      'Según la directora, la película costó 4 millones de dólares.',
      'Selon la présidente du festival, le téléfilm a coûté 3 M€ : œuvre, Œuvre, œuvres.',
      'İSTANBUL’da ﬁnal: naïve café, ǅemal, 𝐀𝐁𝐂 und 😀Smiley, e\u0301te\u0301, Σίσυφος ΣΊΣΥΦΟΣ.',
    ];
    for (const text of texts) expectAgreement(text);
  });

  it('keeps stems apart and together across many distinct words in one article', () => {
    const ids = new TermIds();
    const words = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x`);
    const first = termsOf(words.join(' '), ids);
    expect(new Set(first).size).toBe(3000);
    expect(termsOf([...words].reverse().join(' '), ids)).toEqual([...first].reverse());
    expect(ids.size).toBe(3000);
    ids.clear();
    expect(termsOf('w1x w0x w1x', ids)).toEqual([0, 1, 0]);
  });
});
