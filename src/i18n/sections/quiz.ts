/** The quiz texts every language's catalog provides (owned by the quiz feature). */
import type { Category } from '../../quiz/types.js';

/** What an article can report, as rows of the fact matrix. */
export type Figure = 'speedup' | 'budget' | 'revenue' | 'revenue-growth' | 'profit' | 'profit-growth';
/** Figures that are numbers (everything but the budget statement). */
export type NumericFigure = Exclude<Figure, 'budget'>;
/** Figures asked of one article: the numeric ones and a budget amount. */
export type ArticleFigure = NumericFigure | 'budget-amount';
/** How the articles that report a figure relate: all the same, not all the same, only one. */
export type Agreement = 'agree' | 'differ' | 'single';

export interface QuizText {
  /** Category names, for grades and reports. */
  categories: Record<Category, string>;
  /** `text` between this language's quotation marks. */
  quote(text: string): string;

  stems: {
    /** "What revenue does ‹article› report?" */
    figure: Record<ArticleFigure, (article: string) => string>;
    /** "What does ‹article› say about the budget?" */
    budget(article: string): string;
    institution(article: string): string;
    /** `role` comes from the common roles ("co-CEO", "administrerende direktør"). */
    person(article: string, role: string): string;
    source(article: string): string;
    /** "Which of these articles gives a revenue figure?" */
    reports: Record<Figure, string>;
    /** "Which of these articles gives no revenue figure?" */
    notReports: Record<Figure, string>;
    /** "How many articles give a revenue figure, and do they agree?" */
    agreement: Record<NumericFigure, string>;
    cites(source: string): string;
    /** Names of people and institutions: languages that need an article before some of them say "the name …". */
    mentions(name: string): string;
    notMentions(name: string): string;
  };

  options: {
    /** Answers to the budget question: the one true given a budget statement, three that contradict it. */
    budget: { correct: string; wrong: readonly [string, string, string] };
    /** "3 articles, all the same figure"; `count` is 1 for 'single'. */
    agreement(count: number, agreement: Agreement): string;
  };

  explain: {
    /** "The correct answer is ‹option›." */
    answer(option: string): string;
    /** "‹article› writes: ‹quote›" (the quote is already in quotation marks). */
    says(article: string, quote: string): string;
    /** "‹article›, for example, writes: ‹quote›" */
    forExample(article: string, quote: string): string;
    /** After the article that reports something: the other articles offered do not. */
    othersNot: string;
    /** After the article that does not report something: the other articles offered do. */
    othersDo: string;
    notMentioned(article: string, name: string): string;
  };

  grading: {
    /** "7 of 10 correct (70 %)"; `percent` is formatted. */
    score(correct: number, total: number, percent: string): string;
    overall: string;
    byCategory: string;
    byArticle: string;
    wrongAnswers: string;
    allCorrect: string;
    yourAnswer(option: string): string;
    noAnswer: string;
    correctAnswer(option: string): string;
  };

  report: {
    /** "Class report: 12 results" */
    title(results: number): string;
    /** "Average score: 68 %" */
    average(percent: string): string;
    distribution: string;
    /** How many results fall in one range of the distribution: "3 results". */
    resultCount(count: number): string;
    mostMissed: string;
    /** "missed by 5 of 8" */
    missed(missed: number, asked: number): string;
    noneMissed: string;
    byCategory: string;
  };

  export: {
    /** Title of the Markdown worksheet. */
    worksheetTitle(questions: number): string;
    /** "Name: ____" line of the worksheet. */
    nameLine: string;
    answerKey: string;
    /** Feedback prefixes for the chosen option. */
    correct: string;
    wrong: string;
    /** The quiz's name in a learning platform (Anki deck, Moodle category, QTI title). */
    quizName: string;
  };
}
