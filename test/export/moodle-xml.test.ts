import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toMoodleXml } from '../../src/export/moodle-xml.js';
import { sampleBank } from './sample.js';

interface Text {
  text: string;
}
interface MoodleQuestion {
  '@_type': string;
  name: Text;
  questiontext: Text & { '@_format': string };
  generalfeedback: Text;
  single: boolean;
  answer: Array<Text & { '@_fraction': number; feedback: Text }>;
  category?: Text;
}

describe('Moodle XML', () => {
  const bank = sampleBank('de');
  const xml = toMoodleXml(bank);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' || name === 'answer', parseTagValue: true, trimValues: false }).parse(xml) as {
    quiz: { question: MoodleQuestion[] };
  };

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has a category, then one multichoice question per question with text, fractions and feedback', () => {
    const [category, ...questions] = parsed.quiz.question;
    expect(category!['@_type']).toBe('category');
    expect(category!.category!.text).toMatch(/^\$course\$\/top\/Eternaut-Quiz \(Deutsch\)$/);
    expect(questions).toHaveLength(bank.questions.length);
    questions.forEach((m, i) => {
      const q = bank.questions[i]!;
      expect(m['@_type']).toBe('multichoice');
      expect(m.name.text).toBe(q.id);
      expect(m.questiontext.text).toBe(q.stem);
      expect(m.single).toBe(true);
      expect(m.answer.map((a) => String(a.text))).toEqual(q.options);
      expect(m.answer.map((a) => Number(a['@_fraction']))).toEqual([0, 1, 2, 3].map((j) => (j === q.answer ? 100 : 0)));
      expect(m.answer[q.answer]!.feedback.text).toBe(`Richtig. ${q.explanation}`);
      expect(m.answer[(q.answer + 1) % 4]!.feedback.text).toBe(`Leider falsch. ${q.explanation}`);
      expect(m.generalfeedback.text).toBe(q.explanation);
    });
  });
});
