/** The terms LexRank compares sentences by. */
import { describe, expect, it } from 'vitest';
import { termsOf, type TermIds } from '../../src/summarize/terms.js';

/** The stems of `text`'s words, as termsOf numbers them. */
function stems(text: string): string[] {
  const ids: TermIds = new Map();
  const byId = (id: number) => [...ids].find(([, i]) => i === id)![0];
  return termsOf(text, ids).map(byId);
}

/** The definition the scanner must keep to: words matched by /\p{L}[\p{L}\d]*\/gu in lower case, cut to six code units. */
const byRegex = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}\d]*/gu) ?? []).map((w) => w.slice(0, 6));

describe('termsOf', () => {
  it('cuts lower-cased words to their first six letters, so inflected forms share a stem', () => {
    expect(stems('Die Effekte der Serie: ein Effekt!')).toEqual(['die', 'effekt', 'der', 'serie', 'ein', 'effekt']);
  });

  it('gives one id per stem within an article, numbered as first met', () => {
    const ids: TermIds = new Map();
    expect(termsOf('Le budget du film.', ids)).toEqual([0, 1, 2, 3]);
    expect(termsOf('Les budgets du film.', ids)).toEqual([4, 1, 2, 3]);
  });

  it('reads a word as a letter followed by letters and ASCII digits, never starting with a digit', () => {
    expect(stems('Q3 2024: 45 % mehr, COVID19-Zahlen')).toEqual(['q3', 'mehr', 'covid1', 'zahlen']);
  });

  it('splits words as the regex definition does, in six languages and beyond the BMP', () => {
    const texts = [
      'The series "El Eternauta" cost $15m, according to co-CEO Ted Sarandos.',
      'Laut Präsidentin Katrin Vogt stieg der Umsatz um 12,5 Prozent auf 3,1 Mrd. Euro.',
      'Volgens de woordvoerster kostte de docuserie 2 miljoen euro.',
      'Ifølge rederiet går ferja på strøm – «Vi er stolte».',
      'Según la directora, la película costó 4 millones de dólares.',
      'Selon la présidente du festival, le téléfilm a coûté 3 M€.',
      'İSTANBUL’da ﬁnal: naïve café, ǅemal, 𝐀𝐁𝐂 und 😀Smiley, e\u0301te\u0301.',
    ];
    for (const text of texts) expect(stems(text)).toEqual(byRegex(text));
  });
});
