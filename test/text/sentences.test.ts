import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../src/text/sentences.js';
import { LANGS, type Lang } from '../../src/facts.js';
import { sanitize } from '../../src/corpus/sanitize.js';
import { SUPPORTED_SAMPLES } from '../corpus/samples.js';

/** The sentence texts, after checking that every one is the exact slice at its offsets. */
function split(body: string, lang: Lang): string[] {
  const sentences = splitSentences(body, lang);
  for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
}

const cases: Record<Lang, Array<[string, string[]]>> = {
  en: [
    ['Mr. Smith met Dr. Jones on Monday. They talked for an hour.', ['Mr. Smith met Dr. Jones on Monday.', 'They talked for an hour.']],
    ['Some tools, e.g. cameras, were used. Others were not.', ['Some tools, e.g. cameras, were used.', 'Others were not.']],
    ['Sales rose 3.1 percent in May. Costs fell.', ['Sales rose 3.1 percent in May.', 'Costs fell.']],
    ['Critics called it "a triumph." The studio agreed.', ['Critics called it "a triumph."', 'The studio agreed.']],
    ['She said: “It works.” Then she left.', ['She said: “It works.”', 'Then she left.']],
    ['"Really?" he asked. Nobody answered.', ['"Really?" he asked.', 'Nobody answered.']],
    ['The answer was no. Then the talks ended.', ['The answer was no.', 'Then the talks ended.']],
    ['It ranked No. 1 in the charts. Fans cheered.', ['It ranked No. 1 in the charts.', 'Fans cheered.']],
    ['Revenue reached $11 bn. Profit fell.', ['Revenue reached $11 bn.', 'Profit fell.']],
    ['The studio, founded by J. R. Miller, grew. It now has 400 staff.', ['The studio, founded by J. R. Miller, grew.', 'It now has 400 staff.']],
    ['They met in the U.S. capital on Friday. Talks went well.', ['They met in the U.S. capital on Friday.', 'Talks went well.']],
  ],
  de: [
    ['Viele Firmen, z. B. Banken, sparen. Andere nicht.', ['Viele Firmen, z. B. Banken, sparen.', 'Andere nicht.']],
    ['Viele Firmen, z.B. Banken, sparen. Andere nicht.', ['Viele Firmen, z.B. Banken, sparen.', 'Andere nicht.']],
    [`Viele Firmen, z. B.${' '.repeat(50)}Banken, sparen. Andere nicht.`, [`Viele Firmen, z. B.${' '.repeat(50)}Banken, sparen.`, 'Andere nicht.']],
    ['Der Umsatz stieg auf ca. 3 Mrd. Euro bzw. 12 Prozent. Das war gut.', ['Der Umsatz stieg auf ca. 3 Mrd. Euro bzw. 12 Prozent.', 'Das war gut.']],
    ['Die Premiere ist am 3. Juli in Berlin. Karten gibt es online.', ['Die Premiere ist am 3. Juli in Berlin.', 'Karten gibt es online.']],
    ['Im 2. Quartal stieg der Gewinn um 3,1 Prozent. Version 3.1 folgt.', ['Im 2. Quartal stieg der Gewinn um 3,1 Prozent.', 'Version 3.1 folgt.']],
    ['Ab Freitag, 3. Juli, gilt der neue Plan. Danach nicht mehr.', ['Ab Freitag, 3. Juli, gilt der neue Plan.', 'Danach nicht mehr.']],
    ['Danach spielte der 1. FC Köln. Es regnete.', ['Danach spielte der 1. FC Köln.', 'Es regnete.']],
    ['Am Ende kamen nur 5. Danach ging es weiter.', ['Am Ende kamen nur 5.', 'Danach ging es weiter.']],
    ['Er sagte: „Wir sind zufrieden.“ Danach ging er.', ['Er sagte: „Wir sind zufrieden.“', 'Danach ging er.']],
    ['Der Verlust lag bei 2 Mrd. Im Vorjahr war es weniger.', ['Der Verlust lag bei 2 Mrd.', 'Im Vorjahr war es weniger.']],
    ['Das steht in Nr. 5 der Liste. Prof. Weber widerspricht.', ['Das steht in Nr. 5 der Liste.', 'Prof. Weber widerspricht.']],
  ],
  nl: [
    ['Bedrijven o.a. banken groeiden. Anderen niet.', ['Bedrijven o.a. banken groeiden.', 'Anderen niet.']],
    ['Dat meldde dhr. Jansen gisteren. Hij is tevreden.', ['Dat meldde dhr. Jansen gisteren.', 'Hij is tevreden.']],
    ['Het ging om ca. 3 mld. euro. Daarna niets.', ['Het ging om ca. 3 mld. euro.', 'Daarna niets.']],
    ['De groei was 3,1 procent. Dat is veel.', ['De groei was 3,1 procent.', 'Dat is veel.']],
    ['Hij zei: ‘Het is klaar.’ Daarna ging hij.', ['Hij zei: ‘Het is klaar.’', 'Daarna ging hij.']],
    ['Veel sectoren, bijv. de bouw, groeien. De zorg krimpt.', ['Veel sectoren, bijv. de bouw, groeien.', 'De zorg krimpt.']],
  ],
  nb: [
    ['Selskapet, bl.a. kjent for spill, vokste. Det gikk bra.', ['Selskapet, bl.a. kjent for spill, vokste.', 'Det gikk bra.']],
    ['Det er dvs. en økning på 3,1 prosent. Det er mye.', ['Det er dvs. en økning på 3,1 prosent.', 'Det er mye.']],
    ['Mange, f.eks. NRK, meldte dette. Andre ventet.', ['Mange, f.eks. NRK, meldte dette.', 'Andre ventet.']],
    ['Det kom o.a. fram i går. Saken er ny.', ['Det kom o.a. fram i går.', 'Saken er ny.']],
    ['Filmen har premiere 3. juli i Oslo. Billettene er utsolgt.', ['Filmen har premiere 3. juli i Oslo.', 'Billettene er utsolgt.']],
    ['Overskuddet var 3,1 mrd. kroner. Det er rekord.', ['Overskuddet var 3,1 mrd. kroner.', 'Det er rekord.']],
    ['Han sa: «Det er ferdig.» Så gikk han.', ['Han sa: «Det er ferdig.»', 'Så gikk han.']],
  ],
  es: [
    ['Algunas empresas, p. ej. bancos, crecieron. Otras no.', ['Algunas empresas, p. ej. bancos, crecieron.', 'Otras no.']],
    ['El Sr. García habló ayer. La Sra. López no.', ['El Sr. García habló ayer.', 'La Sra. López no.']],
    ['La cifra fue de 3,1 millones. Es un récord.', ['La cifra fue de 3,1 millones.', 'Es un récord.']],
    ['Dijo que no. Luego se fue.', ['Dijo que no.', 'Luego se fue.']],
    ['¿Qué pasó? Nadie lo sabe. ¡Increíble!', ['¿Qué pasó?', 'Nadie lo sabe.', '¡Increíble!']],
    ['Dijo: «Se acabó». Luego se fue.', ['Dijo: «Se acabó».', 'Luego se fue.']],
    ['El Dr. Pérez firmó ayer el acuerdo. Entra en vigor el lunes.', ['El Dr. Pérez firmó ayer el acuerdo.', 'Entra en vigor el lunes.']],
  ],
  fr: [
    ['M. Dupont et Mme Martin sont arrivés. Ils ont parlé.', ['M. Dupont et Mme Martin sont arrivés.', 'Ils ont parlé.']],
    ['La hausse est de 3,1 %. Elle dépasse les attentes.', ['La hausse est de 3,1 %.', 'Elle dépasse les attentes.']],
    ["Il a dit : « C'est fini. » Puis il est parti.", ["Il a dit : « C'est fini. »", 'Puis il est parti.']],
    ['Plusieurs villes, p. ex. Lyon, ont voté. Paris attend.', ['Plusieurs villes, p. ex. Lyon, ont voté.', 'Paris attend.']],
    ['Le réalisateur, M. Durand, est content. Le public aussi.', ['Le réalisateur, M. Durand, est content.', 'Le public aussi.']],
    ["« C'est une victoire », a déclaré la maire. Le projet démarre.", ["« C'est une victoire », a déclaré la maire.", 'Le projet démarre.']],
  ],
};

describe('splitSentences per language', () => {
  for (const lang of LANGS) {
    it.each(cases[lang])(`${lang}: %s`, (text, expected) => {
      expect(split(text, lang)).toEqual(expected);
    });
  }
});

describe('lines and paragraphs', () => {
  it('ends a sentence at every line: headlines without final punctuation stand alone', () => {
    const body = 'Studio wins award\nThe first sentence. The second one!\n\nAnother headline\nBody text? Yes.';
    expect(split(body, 'en')).toEqual(['Studio wins award', 'The first sentence.', 'The second one!', 'Another headline', 'Body text?', 'Yes.']);
  });

  it('drops blank lines and trims white space, keeping offsets exact', () => {
    const body = '\n\n   Indented line here.   \n\t\n  Second.  ';
    const sentences = splitSentences(body, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Indented line here.', 'Second.']);
    expect(sentences[0]!.start).toBe(5);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits CRLF text the same way once sanitize has turned it into LF', () => {
    const body = sanitize('Title line\r\nFirst sentence. Second sentence.\r\n\r\nLast one.');
    expect(body).not.toContain('\r');
    expect(split(body, 'en')).toEqual(['Title line', 'First sentence.', 'Second sentence.', 'Last one.']);
  });

  it('gives exact offsets for every sentence of every sample paragraph', () => {
    for (const lang of LANGS) {
      const body = SUPPORTED_SAMPLES[lang].join('\n\n');
      const sentences = splitSentences(body, lang);
      expect(sentences.length).toBeGreaterThanOrEqual(SUPPORTED_SAMPLES[lang].length * 2);
      for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
      // In order, without overlaps.
      for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
    }
  });

  it('returns nothing for an empty or blank body', () => {
    expect(splitSentences('', 'de')).toEqual([]);
    expect(splitSentences(' \n \n', 'de')).toEqual([]);
  });
});

describe('splitSentences on any text', () => {
  const pieces = ['Dr.', 'z. B.', 'bl.a.', '3.', '3,1', 'am', 'Juli', 'word', 'Ord', '«', '»', '„', '“', '"', '.', '!', '?', ' ', '  ', '\n', 'M.', 'p. ej.', 'Mrd.', 'Euro', 'é', '😀'];
  it('keeps exact, ordered, one-line, trimmed sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(...LANGS), (parts, lang) => {
        const body = parts.join(' ');
        const sentences = splitSentences(body, lang);
        let last = 0;
        for (const s of sentences) {
          expect(body.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text).not.toBe('');
          expect(s.text).not.toContain('\n');
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('long lines', () => {
  it('splits a 190 kB line quickly and the same as short text', () => {
    const unit = 'Dr. Smith met Mr. Jones on Monday. The talks lasted 3.1 hours. ';
    const line = unit.repeat(3000);
    const started = performance.now();
    const texts = split(line, 'en');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(texts).toHaveLength(6000);
    expect(new Set(texts)).toEqual(new Set(['Dr. Smith met Mr. Jones on Monday.', 'The talks lasted 3.1 hours.']));
  });

  it('keeps a very long sentence without any stop whole', () => {
    const sentence = 'und '.repeat(3000) + 'Ende.';
    expect(split(`${sentence} Neuer Satz.`, 'de')).toEqual([sentence, 'Neuer Satz.']);
  });
});

describe('sentenceAt', () => {
  const body = 'One. Two words. Three.';
  const sentences = splitSentences(body, 'en');
  it('finds the sentence holding an offset, and none between sentences', () => {
    expect(sentenceAt(sentences, 0)?.text).toBe('One.');
    expect(sentenceAt(sentences, body.indexOf('words'))?.text).toBe('Two words.');
    expect(sentenceAt(sentences, body.length - 1)?.text).toBe('Three.');
    expect(sentenceAt(sentences, 4)).toBeUndefined();
    expect(sentenceAt(sentences, body.length)).toBeUndefined();
  });
});
