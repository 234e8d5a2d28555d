/** The export formats, one file each. */
import type { Bank } from '../quiz/types.js';
import { toAnki } from './anki.js';
import { toCsv } from './csv.js';
import { toGift } from './gift.js';
import { toMarkdown } from './markdown.js';
import { toMoodleXml } from './moodle-xml.js';
import { toQtiPackage } from './qti.js';

export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti', 'anki', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** The bank in `format`: text, or bytes for the QTI package (a ZIP). */
export function exportBank(bank: Bank, format: ExportFormat): string | Uint8Array {
  switch (format) {
    case 'gift':
      return toGift(bank);
    case 'moodle-xml':
      return toMoodleXml(bank);
    case 'qti':
      return toQtiPackage(bank);
    case 'anki':
      return toAnki(bank);
    case 'csv':
      return toCsv(bank);
    case 'markdown':
      return toMarkdown(bank);
  }
}
