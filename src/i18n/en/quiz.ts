import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {
  categories: {
    speed: 'Speed-up',
    budget: 'Budget',
    revenue: 'Revenue',
    profit: 'Profit',
    growth: 'Growth',
    institution: 'Institutions',
    person: 'People',
    source: 'Sources',
    comparison: 'Comparing articles',
  },
  quote: (text) => `“${text}”`,

  stems: {
    figure: {
      speedup: (a) => `According to ${a}, how many times faster was the work done?`,
      revenue: (a) => `What revenue does ${a} report?`,
      profit: (a) => `What profit does ${a} report?`,
      'revenue-growth': (a) => `According to ${a}, by how much did revenue grow?`,
      'profit-growth': (a) => `According to ${a}, by how much did profit grow?`,
      'budget-amount': (a) => `What budget does ${a} give?`,
    },
    budget: (a) => `What does ${a} say about the budget?`,
    institution: (a) => `Which of these organizations does ${a} mention?`,
    person: (a, role) => `Who does ${a} name as ${role}?`,
    source: (a) => `Which source does ${a} cite?`,
    reports: {
      speedup: 'Which of these articles says how many times faster the work was done?',
      budget: 'Which of these articles says the budget would otherwise have fallen short?',
      revenue: 'Which of these articles gives a revenue figure?',
      'revenue-growth': 'Which of these articles gives the revenue growth?',
      profit: 'Which of these articles gives a profit figure?',
      'profit-growth': 'Which of these articles gives the profit growth?',
    },
    notReports: {
      speedup: 'Which of these articles does not say how many times faster the work was done?',
      budget: 'Which of these articles does not say the budget would otherwise have fallen short?',
      revenue: 'Which of these articles gives no revenue figure?',
      'revenue-growth': 'Which of these articles does not give the revenue growth?',
      profit: 'Which of these articles gives no profit figure?',
      'profit-growth': 'Which of these articles does not give the profit growth?',
    },
    agreement: {
      speedup: 'How many articles say how many times faster the work was done, and do they agree?',
      revenue: 'How many articles give a revenue figure, and do they agree?',
      'revenue-growth': 'How many articles give the revenue growth, and do they agree?',
      profit: 'How many articles give a profit figure, and do they agree?',
      'profit-growth': 'How many articles give the profit growth, and do they agree?',
    },
    cites: (s) => `Which of these articles cites ${s} as a source?`,
    mentions: (n) => `Which of these articles mentions ${n}?`,
    notMentions: (n) => `Which of these articles does not mention ${n}?`,
  },

  options: {
    budget: {
      correct: 'That the budget would otherwise have fallen short',
      wrong: ['That the budget would easily have been enough anyway', 'That the budget played no part in it', 'That there was no limit on the budget'],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Only one article' : agreement === 'agree' ? `${n} articles, all with the same figure` : `${n} articles, with different figures`,
  },

  explain: {
    answer: (o) => `The correct answer is ${o}.`,
    says: (a, q) => `${a} writes: ${q}`,
    forExample: (a, q) => `${a}, for example, writes: ${q}`,
    othersNot: 'The other articles offered do not.',
    othersDo: 'The other articles offered do.',
    notMentioned: (a, n) => `${a} does not mention ${n}.`,
  },

  grading: {
    score: (c, t, p) => `${c} of ${t} correct (${p})`,
    overall: 'Score',
    byCategory: 'By category',
    byArticle: 'By article',
    wrongAnswers: 'Wrong answers',
    allCorrect: 'All answers are correct.',
    yourAnswer: (o) => `Answer given: ${o}`,
    noAnswer: 'No answer given',
    correctAnswer: (o) => `Correct answer: ${o}`,
  },

  report: {
    title: (n) => `Class report: ${n} ${n === 1 ? 'result' : 'results'}`,
    average: (p) => `Average score: ${p}`,
    distribution: 'Score distribution',
    resultCount: (n) => `${n} ${n === 1 ? 'result' : 'results'}`,
    mostMissed: 'Most missed questions',
    missed: (m, a) => `missed by ${m} of ${a}`,
    noneMissed: 'No question was missed.',
    byCategory: 'By category',
  },

  export: {
    worksheetTitle: (n) => `Quiz: ${n} questions`,
    nameLine: 'Name: ______________________',
    answerKey: 'Answer key',
    correct: 'Correct.',
    wrong: 'Not quite.',
    quizName: 'Eternaut quiz (English)',
  },
};
