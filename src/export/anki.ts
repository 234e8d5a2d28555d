/**
 * Anki text import: header lines (separator, HTML, note type, deck, columns,
 * tags column), then one Basic note per question: the stem and the lettered
 * options on the front, the answer and the explanation on the back.
 */
import { catalog } from '../i18n/catalog.js';
import { LETTERS, type Bank } from '../quiz/types.js';

/** HTML-escaped, on one line, with no tab: safe in a tab-separated HTML field. */
function field(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>');
}

export function toAnki(bank: Bank): string {
  const t = catalog(bank.language).quiz;
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${t.export.quizName.replace(/[\t\n]/g, ' ')}`,
    '#columns:Front\tBack\tTags',
    '#tags column:3',
  ];
  for (const q of bank.questions) {
    const front = [field(q.stem), q.options.map((o, i) => `${LETTERS[i]}. ${field(o)}`).join('<br>')].join('<br><br>');
    const back = `<b>${LETTERS[q.answer]}. ${field(q.options[q.answer])}</b><br><br>${field(q.explanation)}`;
    const tags = ['eternaut-quiz', `eternaut-quiz::${q.category}`, `id::${q.id.replace(/\s/g, '_')}`].join(' ');
    lines.push([front, back, tags].join('\t'));
  }
  return lines.join('\n') + '\n';
}
