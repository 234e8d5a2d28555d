/**
 * Moodle GIFT: one multiple-choice question per block, "=" before the correct
 * option, "~" before the others, "#" before each option's feedback; the
 * characters ~ = # { } : and \ are escaped with a backslash.
 */
import { catalog } from '../i18n/catalog.js';
import type { Bank } from '../quiz/types.js';

export function giftEscape(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim().replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

export function toGift(bank: Bank): string {
  const t = catalog(bank.language).quiz;
  const out = [`// ${t.export.quizName} (seed ${bank.seed})`, '', `$CATEGORY: $course$/${giftEscape(t.export.quizName).replace(/\//g, '-')}`, ''];
  for (const q of bank.questions) {
    out.push(`::${giftEscape(q.id)}::${giftEscape(q.stem)} {`);
    q.options.forEach((option, i) => {
      const right = i === q.answer;
      const feedback = `${right ? t.export.correct : t.export.wrong} ${q.explanation}`;
      out.push(`\t${right ? '=' : '~'}${giftEscape(option)}#${giftEscape(feedback)}`);
    });
    out.push('}', '');
  }
  return out.join('\n');
}
