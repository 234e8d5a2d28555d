/**
 * Terminal-safe text. Article text, file names and header values pass through
 * `sanitize` before they reach any output: escape sequences (CSI, OSC, DCS, …),
 * C0 and C1 control characters and bidirectional overrides are removed.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ST), and two-byte ESC x.
// A string sequence left open ends at the end of its line, so the rest of the article survives.
const ESC_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\n]*?(?:\u0007|\u001b\\|\u009c|(?=\n)|$)|[ -/]*[0-~]?)/g;
// 8-bit forms: CSI (U+009B) and OSC/DCS/SOS/PM/APC (U+009D, U+0090, U+0098, U+009E, U+009F).
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][^\n]*?(?:\u0007|\u009c|\u001b\\|(?=\n)|$)/g;
// Line and page breaks other than LF: vertical tab, form feed, NEL, line and paragraph separators.
const OTHER_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;
// Remaining C0 (but tab and newline), DEL, C1, bidi embeddings/overrides/isolates, BOM.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// Every character any of the replacements above (or CR, or tab) starts from: a text without one is already safe.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\t\u2028\u2029]/;

export function sanitize(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ESC_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(OTHER_BREAKS, '\n')
    .replace(CONTROL, '')
    .replace(/\t/g, ' ');
}

/** For one-line display (file names, header values): sanitized, newlines flattened. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\n/g, ' ');
}

/** Characters that JSON.stringify leaves raw but a terminal may act on. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/** JSON text with every control, C1 and bidi character escaped as \uXXXX. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_UNSAFE,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/**
 * Parsed JSON from a file (a bank, answers, results) with every string, keys included,
 * sanitized like article text; the shape stays the same.
 */
export function sanitizeJson<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeJson) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitize(k), sanitizeJson(v)])) as T;
  }
  return value;
}
