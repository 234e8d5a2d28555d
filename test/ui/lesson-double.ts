/** A small lesson written by hand: two articles (German, Spanish), their summaries in English, three questions. */
import { compareArticles } from '../../src/compare/index.js';
import { extractAll } from '../../src/extract/index.js';
import type { Article, Evidence } from '../../src/facts.js';
import type { Question } from '../../src/quiz/types.js';
import type { Summary } from '../../src/summarize/types.js';
import type { Lesson } from '../../src/ui/lesson.js';
import { article } from '../helpers.js';

const hafen = article(
  'Der Hafenbetreiber meldete am Dienstag einen Umsatz von 2,4 Milliarden Euro. Laut dem Vorstandschef Jonas Keller lief die neue Software fünfmal schneller als das alte System.',
  'de',
  'hafen',
);
const feria = article(
  'La feria del libro cerró con 80.000 visitantes, según la organización. La directora del evento, Lucía Ramos, dijo que el presupuesto fue de 3 millones de euros.',
  'es',
  'feria',
);
feria.outlet = 'Diario del Sur';
export const ARTICLES: Article[] = [hafen, feria];

function evidence(a: Article, words: string): Evidence {
  const start = a.body.indexOf(words);
  const sentence = a.sentences.find((s) => s.start <= start && start < s.end)!;
  return { text: words, sentence: sentence.text, start, end: start + words.length };
}

const revenue = evidence(hafen, 'Umsatz von 2,4 Milliarden Euro');
const faster = evidence(hafen, 'fünfmal schneller');
const budget = evidence(feria, '3 millones de euros');

export const SUMMARIES: Summary[] = [
  {
    file: hafen.file,
    language: 'de',
    summaryLanguage: 'en',
    title: hafen.title,
    lead: null,
    sentences: [
      { text: 'Revenue was 2.4 billion euros.', evidence: [revenue] },
      { text: 'According to CEO Jonas Keller, it was five times faster.', evidence: [faster] },
    ],
    quotes: [{ text: faster.sentence, evidence: faster }],
  },
  {
    file: feria.file,
    language: 'es',
    summaryLanguage: 'en',
    title: feria.title,
    lead: { text: 'The article reports on a book fair.', evidence: [budget] },
    sentences: [{ text: 'The budget was 3 million euros.', evidence: [budget] }],
    quotes: [],
  },
];

const q = (id: string, category: Question['category'], stem: string, options: Question['options'], answer: Question['answer'], ev: Evidence, file: string): Question => ({
  id,
  category,
  stem,
  options,
  answer,
  explanation: `The answer is ${options[answer]}.`,
  evidence: [{ file, text: ev.text, sentence: ev.sentence }],
  articles: [file],
});

export const QUESTIONS_EN: Question[] = [
  q('revenue-1', 'revenue', 'What revenue does the port operator report?', ['€1.2 billion', '€2.4 billion', '€4.8 billion', '€3.6 billion'], 1, revenue, hafen.file),
  q('speed-1', 'speed', 'How many times faster was the new software?', ['3 times', '10 times', '2 times', '5 times'], 3, faster, hafen.file),
  q('budget-1', 'budget', 'What budget does the book fair give?', ['€3 million', '€6 million', '€1 million', '€9 million'], 0, budget, feria.file),
];

/** German stems, for a lesson in a second language (options and answers as in English). */
export const QUESTIONS_DE: Question[] = QUESTIONS_EN.map((x, i) => ({ ...x, stem: ['Welchen Umsatz meldet der Hafenbetreiber?', 'Wie viel schneller war die neue Software?', 'Welches Budget nennt die Buchmesse?'][i]! }));

export function lessonDouble(): Lesson {
  const facts = extractAll(ARTICLES);
  return {
    articles: ARTICLES,
    summaries: () => SUMMARIES,
    questions: (lang) => (lang === 'de' ? QUESTIONS_DE : QUESTIONS_EN),
    compare: (lang) => compareArticles(facts, lang),
  };
}
