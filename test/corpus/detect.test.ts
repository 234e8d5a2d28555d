import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, HINTS, readWords, type Detection } from '../../src/corpus/detect.js';
import { LANGS } from '../../src/facts.js';
import { DANISH, SUPPORTED_SAMPLES, SWEDISH, UNSUPPORTED } from './samples.js';

/** "nb", "unsupported:da", "uncertain:nb/da" or "too-short". */
function verdict(d: Detection): string {
  if (d.ok) return d.language;
  if (d.reason === 'unsupported') return d.guess ? `unsupported:${d.guess}` : 'unsupported';
  if (d.reason === 'uncertain') return `uncertain:${d.candidates.join('/')}`;
  return d.reason;
}

/** Every sentence of a paragraph on its own: shorter texts, where a detector errs first. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/);

describe('detectLanguage on paragraphs in the supported languages', () => {
  for (const lang of LANGS) {
    it.each(SUPPORTED_SAMPLES[lang].map((text) => [text.slice(0, 50), text]))(`${lang}: %s…`, (_, text) => {
      expect(verdict(detectLanguage(text))).toBe(lang);
    });
  }

  it('gives a confidence between 0 and 1, high on a clear paragraph', () => {
    const d = detectLanguage(SUPPORTED_SAMPLES.de[0]!);
    expect(d.ok && d.confidence).toBeGreaterThan(0.5);
    expect(d.ok && d.confidence).toBeLessThanOrEqual(1);
  });

  it('reads several paragraphs of one article as one language', () => {
    for (const lang of LANGS) expect(verdict(detectLanguage(SUPPORTED_SAMPLES[lang].join('\n\n')))).toBe(lang);
  });
});

describe('detectLanguage on short texts', () => {
  it.each([
    'Breaking news today',
    'Netflix bestätigt neue Serie',
    'Regjeringen legger fram budsjettet i dag',
    'El Gobierno aprueba los presupuestos',
    'Le gouvernement présente son budget',
    'Kabinet presenteert de begroting vandaag',
    'Stortinget vedtar ny lov',
  ])('"%s" is too short', (text) => {
    expect(verdict(detectLanguage(text))).toBe('too-short');
  });

  it.each(['', '   \n ', '12 345 678', '2025-07-01 — 3,1 %'])('%j has no words and is too short', (text) => {
    expect(verdict(detectLanguage(text))).toBe('too-short');
  });

  it('never names a wrong supported language for a single sentence', () => {
    for (const lang of LANGS) {
      for (const s of SUPPORTED_SAMPLES[lang].flatMap(sentencesOf)) {
        const v = verdict(detectLanguage(s));
        expect([lang, 'too-short', expect.stringMatching(new RegExp(`^uncertain:.*${lang}`))], s).toContainEqual(v);
      }
    }
  });
});

describe('Norwegian against Danish and Swedish', () => {
  it.each(DANISH.map((t) => [t.slice(0, 50), t]))('Danish "%s…" is unsupported, guessed Danish', (_, text) => {
    expect(verdict(detectLanguage(text))).toBe('unsupported:da');
  });

  it.each(SWEDISH.map((t) => [t.slice(0, 50), t]))('Swedish "%s…" is unsupported, guessed Swedish', (_, text) => {
    expect(verdict(detectLanguage(text))).toBe('unsupported:sv');
  });

  // Near-identical pairs: the same news item written in each language.
  const pairs: Array<{ nb: string; da: string; sv: string }> = [
    {
      nb: 'Banken ville ikke kommentere saken, men den opplyste at den også i år vil betale utbytte til aksjonærene. Det er ikke første gang at banken havner i søkelyset.',
      da: 'Banken ville ikke kommentere sagen, men den oplyste, at den også i år vil betale udbytte til aktionærerne. Det er ikke første gang, at banken kommer i søgelyset.',
      sv: 'Banken ville inte kommentera saken, men den meddelade att den även i år kommer att betala utdelning till aktieägarna. Det är inte första gången som banken hamnar i fokus.',
    },
    {
      nb: 'Statsministeren sa mandag at regjeringen vil senke skatten på arbeid, og at det skal finansieres med høyere avgifter på bensin og tobakk.',
      da: 'Statsministeren sagde mandag, at regeringen vil sænke skatten på arbejde, og at det skal finansieres af højere afgifter på benzin og tobak.',
      sv: 'Statsministern sa på måndagen att regeringen vill sänka skatten på arbete och att det ska finansieras med högre skatt på bensin och tobak.',
    },
    {
      nb: 'Det var en god dag for laget. De vant kampen, og treneren var svært fornøyd etterpå. Han sa at spillerne hadde kjempet hele veien.',
      da: 'Det var en god dag for holdet. De vandt kampen, og træneren var meget glad bagefter. Han sagde, at spillerne havde kæmpet hele vejen.',
      sv: 'Det var en bra dag för laget. De vann matchen, och tränaren var mycket nöjd efteråt. Han sa att spelarna hade kämpat hela vägen.',
    },
    {
      nb: 'Regjeringen legger fram statsbudsjettet i neste uke. Finansministeren har varslet at det blir mindre penger å bruke enn i fjor, og at flere tiltak må kuttes.',
      da: 'Regeringen fremlægger finansloven i næste uge. Finansministeren har varslet, at der bliver færre penge at bruge end sidste år, og at flere tiltag skal skæres væk.',
      sv: 'Regeringen lägger fram budgeten nästa vecka. Finansministern har varnat för att det blir mindre pengar att använda än i fjol och att flera åtgärder måste skäras bort.',
    },
  ];
  it.each(pairs.map((p) => [p.nb.slice(0, 40), p]))('"%s…": nb stays nb, da and sv never come out as nb', (_, p) => {
    expect(verdict(detectLanguage(p.nb))).toBe('nb');
    expect(verdict(detectLanguage(p.da))).toBe('unsupported:da');
    expect(verdict(detectLanguage(p.sv))).toBe('unsupported:sv');
  });

  it('never takes a single Danish or Swedish sentence for Norwegian, nor a Norwegian one for either', () => {
    for (const s of [...DANISH, ...SWEDISH].flatMap(sentencesOf)) expect(verdict(detectLanguage(s)), s).not.toBe('nb');
    for (const s of SUPPORTED_SAMPLES.nb.flatMap(sentencesOf)) {
      expect(['unsupported:da', 'unsupported:sv'], s).not.toContain(verdict(detectLanguage(s)));
    }
  });
});

describe('other unsupported languages', () => {
  it.each(UNSUPPORTED.map((u) => [u.name, u.guess, u.text]))('%s is unsupported, guessed %s', (_, guess, text) => {
    expect(verdict(detectLanguage(text))).toBe(`unsupported:${guess}`);
  });

  it('guesses from the script alone, even on a few words', () => {
    expect(verdict(detectLanguage('Привет, мир'))).toBe('unsupported:ru');
    expect(verdict(detectLanguage('東京で新しい映画祭が始まりました'))).toBe('unsupported:ja');
    expect(verdict(detectLanguage('서울에서 영화제가 열렸다'))).toBe('unsupported:ko');
  });

  it('reports a Latin-script language without a profile as unsupported, with no guess', () => {
    const finnish =
      'Kaupunginvaltuusto päätti tiistaina jatkaa raitiotielinjaa pohjoisiin lähiöihin. Hankkeesta on keskusteltu yli kymmenen vuotta, ja kannattajien mukaan uusi linja lyhentää matka-aikoja.';
    expect(verdict(detectLanguage(finnish))).toBe('unsupported');
  });
});

describe('mixed-language texts', () => {
  it('reads a German report quoting English speakers as German', () => {
    const text =
      'Der Chef des Softwarekonzerns zeigte sich am Mittwoch zufrieden mit den Zahlen. „We are very proud of what the team has achieved this year and we will keep going“, sagte er vor Journalisten in München. ' +
      'Das Unternehmen habe seinen Umsatz deutlich gesteigert und wolle in den kommenden Monaten weitere Stellen schaffen. ' +
      'Auf die Frage nach den Plänen in Amerika antwortete er nur: „The market is big, and we are ready for it.“ Analysten bewerten die Entwicklung insgesamt positiv.';
    expect(verdict(detectLanguage(text))).toBe('de');
  });

  it('stays German when the English quotes are nearly as long as the German narration', () => {
    const text =
      'Der Chef des Softwarekonzerns zeigte sich am Mittwoch zufrieden mit den Zahlen. „We are very proud of what the team has achieved this year and we will keep going“, sagte er vor Journalisten in München. ' +
      'Das Unternehmen habe seinen Umsatz deutlich gesteigert. Auf die Frage nach den Plänen in Amerika antwortete er nur: „The market is big, and we are ready for it.“';
    expect(verdict(detectLanguage(text))).toBe('de');
  });

  it('reads a German report with English terms and straight-quoted English as German', () => {
    const text =
      'Die Firma setzt beim Machine Learning auf eine eigene Cloud-Plattform. "It is a game changer for the whole industry", sagte die Gründerin. Die Software soll noch in diesem Jahr auf den Markt kommen, zunächst nur für Kunden in Deutschland.';
    expect(verdict(detectLanguage(text))).toBe('de');
  });

  it('reads an English report quoting a French motto as English', () => {
    const text =
      'The minister, speaking in Paris, quoted the French motto «liberté, égalité, fraternité» and said that the government would not give up on its plans for the new tax, which has been criticised by unions and employers alike.';
    expect(verdict(detectLanguage(text))).toBe('en');
  });

  it('reads a Norwegian report quoting a Danish minister as Norwegian', () => {
    const text =
      'Den danske ministeren var klar i sin tale til bøndene tirsdag. «Vi kan ikke blive ved med at betale for det hele», sa hun. Hun la til at regjeringen i København vil legge fram et nytt forslag før sommeren, og at det også skal gjelde fiskerne.';
    expect(verdict(detectLanguage(text))).toBe('nb');
  });

  it('keeps quotes when they are nearly all the text (an interview in one language)', () => {
    const text = '«Vi er svært fornøyd med resultatet, og vi tror at det blir enda bedre neste år», sier direktøren.';
    expect(verdict(detectLanguage(text))).toBe('nb');
  });
});

describe('readWords', () => {
  /** Profile indices, in the order detect.ts lists its profiles. */
  const EN = 0, NL = 2, NB = 3, FR = 5, DA = 6, IT = 8;

  it('counts words in lower case, an elision apostrophe (straight or curly) ending its word', () => {
    const words = readWords('L’AFP dit qu\'il viendra. The THE the');
    expect(words.lower).toBe("l'afp dit qu'il viendra. the the the");
    expect(words.count).toBe(9);
    expect(words.sums[EN]).toBe(3);
    expect(words.sums[FR]).toBe(2); // "l'" and "il" (fr, it: half each) and "qu'" (fr only)
    expect(words.sums[IT]).toBe(1);
    expect(words.sums[NL]).toBe(1); // "dit"
  });

  it('splits the weight of a word among the profiles listing it', () => {
    const words = readWords('Og og');
    expect(words.sums[NB]).toBe(1);
    expect(words.sums[DA]).toBe(1);
    expect(words.sums[EN]).toBe(0);
  });

  it('finds as many words as /\\p{L}+\'?/gu in the lower-cased text, whatever the characters', () => {
    const chars = fc.constantFrom(...'aZéÉßİΣσ’\'"«» .,-\n', 'x\u0301', '𝐀', '😀', '\ud800', 'Ⅻ', 'ª', 'the ', 'og ', "l'", 'DELL’');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = text.toLowerCase().replace(/’/g, "'").match(/\p{L}+'?/gu)?.length ?? 0;
        expect(readWords(text).count).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('spelling hints', () => {
  /** The hints in their plain form, as matched against the words joined by spaces. */
  const PLAIN: Record<string, RegExp[]> = {
    nb: [/kj|gj/gu, /øy/gu, /\p{L}sjon/gu, /\p{L}{3}het(?:en|er|ene)?(?!\p{L})/gu, /\p{L}kk(?!\p{L})/gu],
    da: [/øj|ej/gu, /(?<!\p{L})ud(?=[bdfghjklmnrstv]\p{L})/gu, /(?<!\p{L})op(?=[bdfghjklmnrv]\p{L})/gu, /\p{L}{3}hed(?:en|er|erne)?(?!\p{L})/gu],
    sv: [/ä|ö/gu],
  };

  it('count in the lower-case text as their plain forms count in the words joined by spaces', () => {
    const bits = fc.constantFrom('kj', 'gj', 'øy', 'sjon', 'het', 'heten', 'hetene', 'hed', 'hederne', 'kk', 'ud', 'udb', 'op', 'opb', 'øj', 'ej', 'ä', 'ö', 'a', 'xy', 'HET', 'ø', 'İ', '𝐀', 'x\u0301');
    const separators = fc.constantFrom(' ', "'", '’', '-', '3', '.', '"', '\n', ', ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(bits, { minLength: 1, maxLength: 4 }), separators), { maxLength: 20 }), (parts) => {
        const text = parts.map(([word, separator]) => word.join('') + separator).join('');
        const { lower } = readWords(text);
        const joined = (lower.match(/\p{L}+'?/gu) ?? []).join(' ');
        for (const [code, hints] of Object.entries(HINTS)) {
          hints.forEach(([re], i) => expect(lower.match(re)?.length ?? 0).toBe(joined.match(PLAIN[code]![i]!)?.length ?? 0));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
