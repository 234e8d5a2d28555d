import { describe, expect, it } from 'vitest';
import { formatHeader, parseHeader } from '../../src/corpus/header.js';

describe('parseHeader', () => {
  it('reads the known fields and finds where the body starts', () => {
    const text = '---\nid: fest-01\nlanguage: fr\ntitle: Le festival ouvre ses portes\noutlet: Le Quotidien\ndate: 2025-05-14\nurl: https://example.org/festival\n---\nCorps du texte.';
    const { header, bodyStart, warnings } = parseHeader(text);
    expect(header).toEqual({
      id: 'fest-01',
      language: 'fr',
      title: 'Le festival ouvre ses portes',
      outlet: 'Le Quotidien',
      date: '2025-05-14',
      url: 'https://example.org/festival',
    });
    expect(text.slice(bodyStart)).toBe('Corps du texte.');
    expect(warnings).toEqual([]);
  });

  it('keeps colons inside values and accepts keys in any case', () => {
    const { header } = parseHeader('---\nTitle: Netflix: the numbers\nURL: https://a.example/x?y=1\n---\nx');
    expect(header).toEqual({ title: 'Netflix: the numbers', url: 'https://a.example/x?y=1' });
  });

  it('removes the quotes front matter puts around values', () => {
    expect(parseHeader('---\ntitle: "Quoted: title"\noutlet: \'NRK\'\n---\nx').header).toEqual({ title: 'Quoted: title', outlet: 'NRK' });
  });

  it('warns about an unknown field and ignores it', () => {
    const { header, warnings } = parseHeader('---\nlanguage: en\nauthor: Jane Doe\n---\nText.');
    expect(header).toEqual({ language: 'en' });
    expect(warnings).toEqual([{ kind: 'unknown-field', text: 'author' }]);
  });

  it('warns about a malformed line and ignores it', () => {
    const { header, warnings } = parseHeader('---\nlanguage: de\nthis line has no key\n---\nText.');
    expect(header).toEqual({ language: 'de' });
    expect(warnings).toEqual([{ kind: 'malformed-line', text: 'this line has no key' }]);
  });

  it('warns about a field given twice; the last one counts', () => {
    const { header, warnings } = parseHeader('---\ntitle: One\ntitle: Two\n---\nText.');
    expect(header.title).toBe('Two');
    expect(warnings).toEqual([{ kind: 'repeated-field', text: 'title' }]);
  });

  it.each([
    ['no', 'nb'],
    ['NO', 'nb'],
    ['nob', 'nb'],
    ['nb-NO', 'nb'],
    ['de_DE', 'de'],
    ['EN', 'en'],
    ['es-419', 'es'],
  ])('reads language "%s" as %s', (value, lang) => {
    const { header, warnings } = parseHeader(`---\nlanguage: ${value}\n---\nText.`);
    expect(header.language).toBe(lang);
    expect(warnings).toEqual([]);
  });

  it.each(['da', 'sv', 'it', 'klingon'])('warns about the unsupported header language "%s" and leaves the language to detection', (value) => {
    const { header, warnings } = parseHeader(`---\nlanguage: ${value}\n---\nText.`);
    expect(header.language).toBeUndefined();
    expect(warnings).toEqual([{ kind: 'unsupported-language', text: value }]);
  });

  it('returns no header for text without one', () => {
    expect(parseHeader('Just a headline\nAnd text.')).toEqual({ header: {}, bodyStart: 0, warnings: [] });
    expect(parseHeader('')).toEqual({ header: {}, bodyStart: 0, warnings: [] });
  });

  it('warns when the header is never closed, and reads everything as text', () => {
    const { header, bodyStart, warnings } = parseHeader('---\nlanguage: en\ntitle: Open\nThe text starts here.');
    expect(header).toEqual({});
    expect(bodyStart).toBe(0);
    expect(warnings).toEqual([{ kind: 'not-closed' }]);
  });

  it('accepts fences with trailing spaces', () => {
    const text = '---  \nlanguage: nl\n--- \nTekst.';
    const { header, bodyStart } = parseHeader(text);
    expect(header).toEqual({ language: 'nl' });
    expect(text.slice(bodyStart)).toBe('Tekst.');
  });

  it('has an empty body when the file ends with the closing fence', () => {
    const text = '---\nlanguage: en\n---';
    expect(text.slice(parseHeader(text).bodyStart)).toBe('');
  });

  it('sanitizes values and warnings', () => {
    const { header, warnings } = parseHeader('---\ntitle: Red \u001b[31mtitle\u202e\n\u001b]0;x\u0007bad line\n---\nx');
    expect(header.title).toBe('Red title');
    expect(warnings).toEqual([{ kind: 'malformed-line', text: 'bad line' }]);
  });
});

describe('formatHeader', () => {
  it('writes a header that parseHeader reads back', () => {
    const header = { id: 'a1', language: 'nb' as const, title: 'Tittel', outlet: 'NRK', date: '2025-07', url: 'https://nrk.example/a1' };
    const text = formatHeader(header) + 'Brødtekst.';
    const parsed = parseHeader(text);
    expect(parsed.header).toEqual(header);
    expect(text.slice(parsed.bodyStart)).toBe('Brødtekst.');
  });
});
