/**
 * The article header: a block between two `---` lines at the very top,
 * one `key: value` per line. Known keys: id, language, title, outlet, date, url.
 * Unknown or malformed lines are reported as warnings and otherwise ignored.
 */
import { isLang, type Lang } from '../facts.js';
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
  warnings: string[];
}

const KNOWN = new Set(['id', 'language', 'title', 'outlet', 'date', 'url']);
const MAX_HEADER_LINES = 40;

export function parseHeader(text: string): ParsedHeader {
  const none: ParsedHeader = { header: {}, bodyStart: 0, warnings: [] };
  if (!text.startsWith('---\n')) return none;
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  if (close < 0 || close > MAX_HEADER_LINES) return none;
  const header: Header = {};
  const warnings: string[] = [];
  for (const line of lines.slice(1, close)) {
    if (!line.trim()) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      warnings.push(`malformed header line "${sanitizeLine(line).slice(0, 40)}"`);
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value = sanitizeLine(m[2]!).trim();
    if (!KNOWN.has(key)) {
      warnings.push(`unknown header field "${key.slice(0, 30)}"`);
      continue;
    }
    if (!value) continue;
    if (key === 'language') {
      const code = value.toLowerCase() === 'no' ? 'nb' : value.toLowerCase();
      if (isLang(code)) header.language = code;
      else warnings.push(`header language "${value.slice(0, 20)}" is not supported`);
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
