/** Banks for the export tests: the story's bank plus a question full of characters that formats must escape. */
import type { Bank, Question } from '../../src/quiz/types.js';
import { storyBank } from '../quiz/fixtures.js';

export const tricky: Question = {
  id: 'source-0badc0de',
  category: 'source',
  stem: 'Which "source" does {A & B} <cite> = #1: ~x \\ y, really?',
  options: ['Reuters & AP', 'a=b {c}', 'e#f, "g"', 'h~i: \\j\tk'],
  answer: 2,
  explanation: 'The correct answer is e#f. “A & B” writes: «Laut dpa, 1 < 2 > 0»\nand more.',
  evidence: [{ file: 'a & b.txt', text: 'Laut dpa', sentence: 'Laut dpa, 1 < 2 > 0.' }],
  articles: ['a & b.txt'],
};

export function sampleBank(lang: Bank['language'] = 'en'): Bank {
  const bank = storyBank(lang, 3);
  return { ...bank, questions: [tricky, ...bank.questions] };
}
