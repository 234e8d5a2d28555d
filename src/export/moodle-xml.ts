/** Moodle XML: a category, then one `multichoice` question per question, single answer, fractions 100/0, feedback per answer. */
import { catalog } from '../i18n/catalog.js';
import type { Bank, Question } from '../quiz/types.js';
import type { QuizText } from '../i18n/sections/quiz.js';
import { xmlAttr, xmlText } from './xml.js';

const text = (s: string) => `<text>${xmlText(s)}</text>`;

function question(q: Question, t: QuizText): string[] {
  const answers = q.options.flatMap((option, i) => {
    const right = i === q.answer;
    return [
      `    <answer fraction="${right ? 100 : 0}" format="plain_text">`,
      `      ${text(option)}`,
      `      <feedback format="plain_text">${text(`${right ? t.export.correct : t.export.wrong} ${q.explanation}`)}</feedback>`,
      '    </answer>',
    ];
  });
  return [
    '  <question type="multichoice">',
    `    <name>${text(q.id)}</name>`,
    `    <questiontext format="plain_text">${text(q.stem)}</questiontext>`,
    `    <generalfeedback format="plain_text">${text(q.explanation)}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xmlText(q.id)}</idnumber>`,
    '    <single>true</single>',
    '    <shuffleanswers>false</shuffleanswers>',
    '    <answernumbering>ABCD</answernumbering>',
    `    <correctfeedback format="plain_text">${text(t.export.correct)}</correctfeedback>`,
    '    <partiallycorrectfeedback format="plain_text"><text></text></partiallycorrectfeedback>',
    `    <incorrectfeedback format="plain_text">${text(t.export.wrong)}</incorrectfeedback>`,
    ...answers,
    `    <tags><tag>${text(t.categories[q.category])}</tag></tags>`,
    '  </question>',
  ];
}

export function toMoodleXml(bank: Bank): string {
  const t = catalog(bank.language).quiz;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<quiz>`,
    `  <!-- ${xmlAttr(t.export.quizName).replace(/--/g, '–')}, seed ${bank.seed} -->`,
    '  <question type="category">',
    `    <category>${text(`$course$/top/${t.export.quizName}`)}</category>`,
    '  </question>',
    ...bank.questions.flatMap((q) => question(q, t)),
    '</quiz>',
    '',
  ].join('\n');
}
