import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, sanitize, sanitizeLine, sanitizeJson } from '../../src/corpus/sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('sanitize removes what a terminal would act on', () => {
  it.each([
    ['CSI colour', `${ESC}[31mred${ESC}[0m text`, 'red text'],
    ['CSI 256-colour and bold', `${ESC}[1;38;5;196mloud${ESC}[22m`, 'loud'],
    ['cursor moves', `a${ESC}[2A${ESC}[10;5Hb${ESC}[K`, 'ab'],
    ['screen clear and home', `${ESC}[2J${ESC}[Hclean`, 'clean'],
    ['private mode (hide cursor, alternate screen)', `${ESC}[?25l${ESC}[?1049hx`, 'x'],
    ['OSC window title ended by BEL', `${ESC}]0;pwned title${BEL}after`, 'after'],
    ['OSC 52 clipboard write ended by ST', `${ESC}]52;c;ZWNobyBoYWNrZWQ=${ST}after`, 'after'],
    ['OSC 8 hyperlink', `${ESC}]8;;https://evil.example${ST}link${ESC}]8;;${ST}`, 'link'],
    ['DCS', `${ESC}P1$r0m${ST}after`, 'after'],
    ['APC and PM', `${ESC}_payload${ST}a${ESC}^msg${ST}b`, 'ab'],
    ['two-byte ESC (full reset, keypad mode)', `${ESC}c${ESC}=x`, 'x'],
    ['8-bit C1 CSI (U+009B)', '\u009b31mred\u009b0m', 'red'],
    ['8-bit OSC ended by 8-bit ST', '\u009d0;title\u009cafter', 'after'],
    ['8-bit DCS ended by BEL', `\u0090q#0;2;0;0;0${BEL}after`, 'after'],
    ['a lone ESC at the end', `end${ESC}`, 'end'],
    ['NUL, BEL and backspace', `a\u0000b${BEL}c\u0008d`, 'abcd'],
    ['DEL and C1 controls (NEL is a line break)', 'a\u007fb\u0080c\u0085d\u0099e', 'abc\nde'],
    ['8-bit APC up to its terminator', 'a\u009fhidden\u009cb', 'ab'],
    ['right-to-left override', 'file\u202Etxt.exe', 'filetxt.exe'],
    ['bidi embeddings and isolates', '\u202Aa\u202Bb\u202Cc\u2066d\u2067e\u2068f\u2069', 'abcdef'],
    ['byte-order mark', '\ufeffTitle', 'Title'],
  ])('%s', (_, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('ends an unterminated OSC at its line, so the rest of the article survives', () => {
    expect(sanitize(`Headline${ESC}]0;never closed\nThe article goes on.\nAnd on.`)).toBe('Headline\nThe article goes on.\nAnd on.');
    expect(sanitize('Headline\u009d0;never closed\nText.')).toBe('Headline\nText.');
  });

  it('cannot be tricked into rebuilding a sequence from pieces', () => {
    const out = sanitize(`${ESC}${ESC}[[31m x \u009b${ESC}[2J \u0000${ESC}]0;t${BEL}`);
    expect(out).not.toMatch(/[\u001b\u009b\u009d\u0000]/);
  });
});

describe('sanitize keeps the text', () => {
  it('keeps letters of every language, punctuation, emoji and newlines', () => {
    const text = 'Ærlig talt – «Größe», café, niño, één, Øyvind; “quotes” ‘too’ … 😀👍🏽 100 % 3,1 €\nSecond line\n\nParagraph';
    expect(sanitize(text)).toBe(text);
  });

  it('keeps right-to-left text and its harmless marks', () => {
    expect(sanitize('שלום \u200fعالم')).toBe('שלום \u200fعالم');
  });

  it('turns CRLF, CR and other line breaks into LF, and tabs into spaces', () => {
    expect(sanitize('a\r\nb\rc\u2028d\u2029e\u0085f\u000cg\th')).toBe('a\nb\nc\nd\ne\nf\ng h');
  });

  it('is idempotent and leaves no control character but LF', () => {
    const chars = fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r', '\t', ESC, '[', ']', '0', ';', 'm', BEL, '\\', '\u009b', '\u009c', '\u009d', '\u0085', '\u0000', '\u007f', '\u202e', '\u2066', '\ufeff', 'P');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
        const out = sanitize(parts.join(''));
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/);
        expect(sanitize(out)).toBe(out);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('sanitizeLine', () => {
  it('gives one line for file names and header values', () => {
    expect(sanitizeLine(`bad${ESC}[2J\nname\r\n.txt`)).toBe('bad name .txt');
  });
});

describe('safeJson', () => {
  it('escapes C1, DEL, bidi and line separators that JSON.stringify leaves raw', () => {
    const value = { title: 'a\u009b2Jb\u007fc\u202ed\u2066e\u2028f\u200fg\ufeff' };
    const json = safeJson(value);
    expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\u200e\u200f\ufeff]/);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u007f');
    expect(json).toContain('\\u202e');
    expect(json).toContain('\\u2066');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves ordinary text readable', () => {
    expect(safeJson({ t: 'Größe 😀' }, 0)).toBe('{"t":"Größe 😀"}');
  });
});

describe('sanitizeJson', () => {
  it('sanitizes every string of parsed JSON, keys included, and keeps the shape', () => {
    const data = {
      name: 'Ana \u001b]0;pwned\u0007\u001b[2JRuiz\u202e',
      answers: { 'q-1\u001b[H': 'B', 'q-2': null, 'q-3': 2 },
      questions: [{ stem: 'How \u009b2Jmany?', options: ['4\u0007', '5\u0008'], ok: true }],
    };
    expect(sanitizeJson(data)).toEqual({
      name: 'Ana Ruiz',
      answers: { 'q-1': 'B', 'q-2': null, 'q-3': 2 },
      questions: [{ stem: 'How many?', options: ['4', '5'], ok: true }],
    });
  });
});
