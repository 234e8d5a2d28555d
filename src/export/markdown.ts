/** A Markdown worksheet: numbered questions with lettered options, a line for the name, and the answer key at the end. */
import { catalog } from '../i18n/catalog.js';
import { LETTERS, type Bank } from '../quiz/types.js';

/** Text that Markdown shows as written: its markup characters escaped, on one line (no-break spaces kept). */
export function mdText(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim().replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

export function toMarkdown(bank: Bank): string {
  const t = catalog(bank.language).quiz;
  const lines = [`# ${mdText(t.export.worksheetTitle(bank.questions.length))}`, '', mdText(t.export.nameLine), ''];
  bank.questions.forEach((q, n) => {
    lines.push(`${n + 1}. ${mdText(q.stem)}`, '');
    q.options.forEach((o, i) => lines.push(`    ${LETTERS[i]}. ${mdText(o)}  `));
    lines.push('');
  });
  lines.push(`## ${mdText(t.export.answerKey)}`, '');
  bank.questions.forEach((q, n) => {
    lines.push(`${n + 1}. **${LETTERS[q.answer]}**: ${mdText(q.options[q.answer])}. ${mdText(q.explanation)}`);
  });
  return lines.join('\n') + '\n';
}
