/**
 * The article header: a block between two `---` lines at the very top,
 * one `key: value` per line. Known keys: id, language, title, outlet, date, url.
 * Unknown or malformed lines are reported as warnings and otherwise ignored.
 */
import { isLang, type HeaderWarning, type Lang } from '../facts.js';
import { sanitizeLine } from './sanitize.js';

export interface Header {
  id?: string;
  language?: Lang;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

export interface ParsedHeader {
  header: Header;
  /** Offset in the text where the article body starts. */
  bodyStart: number;
  warnings: HeaderWarning[];
}

const KNOWN = new Set(['id', 'language', 'title', 'outlet', 'date', 'url']);
export const MAX_HEADER_LINES = 40;

/** A header language code: "de", "DE", "de-AT", "nb_NO"; "no" and "nob" are Norwegian Bokmål. */
function headerLanguage(value: string): Lang | undefined {
  const primary = value.toLowerCase().split(/[-_]/)[0]!;
  const code = primary === 'no' || primary === 'nob' ? 'nb' : primary;
  return isLang(code) ? code : undefined;
}

/** A value without the quotes YAML front matter may put around it. */
function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]!.trim() : value;
}

const isFence = (line: string) => /^---\s*$/.test(line);

export function parseHeader(text: string): ParsedHeader {
  const none: ParsedHeader = { header: {}, bodyStart: 0, warnings: [] };
  // Only the lines a header can span are split off (the fence closing it may stand at MAX_HEADER_LINES).
  const lines = text.split('\n', MAX_HEADER_LINES + 1);
  if (!isFence(lines[0]!)) return none;
  const close = lines.findIndex((line, i) => i > 0 && isFence(line));
  if (close < 0 || close > MAX_HEADER_LINES) {
    return { ...none, warnings: [{ kind: 'not-closed' }] };
  }
  const header: Header = {};
  const warnings: HeaderWarning[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1, close)) {
    if (!line.trim()) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      warnings.push({ kind: 'malformed-line', text: sanitizeLine(line).trim().slice(0, 40) });
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value = unquote(sanitizeLine(m[2]!).trim());
    if (!KNOWN.has(key)) {
      warnings.push({ kind: 'unknown-field', text: key.slice(0, 30) });
      continue;
    }
    if (seen.has(key)) warnings.push({ kind: 'repeated-field', text: key });
    seen.add(key);
    if (!value) continue;
    if (key === 'language') {
      const language = headerLanguage(value);
      if (language) header.language = language;
      else warnings.push({ kind: 'unsupported-language', text: value.slice(0, 20) });
    } else {
      header[key as Exclude<keyof Header, 'language'>] = value;
    }
  }
  const bodyStart = lines.slice(0, close + 1).join('\n').length + 1;
  return { header, bodyStart: Math.min(bodyStart, text.length), warnings };
}

export function formatHeader(header: Header): string {
  const lines = ['---'];
  for (const key of ['id', 'language', 'title', 'outlet', 'date', 'url'] as const) {
    if (header[key]) lines.push(`${key}: ${header[key]}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}
