import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formattedForm, sameWhenFormatted } from '../../src/i18n/format.js';

describe('formattedForm', () => {
  it('puts plain text in lower case only', () => {
    expect(formattedForm('Warner Bros.')).toBe('warner bros.');
    expect(formattedForm('$11 billion')).toBe('$11 billion');
    expect(formattedForm('AFP')).toBe('afp');
    expect(formattedForm('“Netflix bestätigt KI” (Heise)')).toBe('“netflix bestätigt ki” (heise)');
  });

  it('folds compatibility characters and any spacing', () => {
    // Narrow no-break space (French digit groups), no-break space, tabs and doubled spaces read as one space.
    expect(formattedForm('11\u202f000 millions de dollars')).toBe('11 000 millions de dollars');
    expect(formattedForm('16\u00a0%')).toBe('16 %');
    expect(formattedForm('  Sony \t Pictures ')).toBe('sony pictures');
    // Fullwidth letters and the "ﬁ" ligature are their plain letters under NFKC.
    expect(formattedForm('ＡＦＰ')).toBe('afp');
    expect(formattedForm('ﬁnance')).toBe('finance');
    expect(formattedForm('Ärzte ohne Grenzen')).toBe('ärzte ohne grenzen');
    // A combining accent joins its letter; the ellipsis is three dots.
    expect(formattedForm('Cafe\u0301 …')).toBe('café ...');
  });

  it('reads the same as the full normalization for any text', () => {
    // Characters the quick path takes (ASCII, Latin-1 letters, quotes, dashes, €) and ones it must leave to NFKC (ª, ², ¼, µ, …, ﬁ, fullwidth, combining accent).
    const chars = fc.constantFrom(...'aZ9 .$%\u00a0\u202f\u2009\tÉéÿﬁＡ-\n“”‘’«»–—€ª²¼µ…\u0301'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), (s) => {
        expect(formattedForm(s)).toBe(s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('tells two amounts that read the same', () => {
    expect(sameWhenFormatted('11\u202f000 €', '11 000 €')).toBe(true);
    expect(sameWhenFormatted('11 000 €', '11 001 €')).toBe(false);
  });
});
