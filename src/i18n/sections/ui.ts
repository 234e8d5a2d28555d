/** Every word the interactive lesson puts on screen (owned by the ui feature). */
export interface UiText {
  /** Names of keys as this language's keyboards print them. */
  keys: { enter: string; esc: string; space: string; pages: string };
  /** Verbs in the key hints at the bottom of each screen ("↑↓ move"). */
  hint: {
    move: string;
    choose: string;
    quit: string;
    menu: string;
    back: string;
    article: string;
    page: string;
    showOriginals: string;
    hideOriginals: string;
    next: string;
    startQuiz: string;
    answer: string;
    results: string;
    review: string;
    retry: string;
    mistake: string;
    yes: string;
    no: string;
  };
  /** The letter that answers "yes" in this language (y, j, s, o); "y" always works too. */
  yesKey: string;
  pageOf: (page: number, pages: number) => string;
  language: { title: string };
  menu: {
    title: string;
    /** When there is no quiz to follow. */
    summaries: string;
    summariesThenQuiz: string;
    quizOnly: string;
    compare: string;
    changeLanguage: string;
    quit: string;
    articles: (n: number) => string;
    questions: (n: number) => string;
  };
  summary: {
    articleOf: (i: number, n: number) => string;
    outlet: string;
    noOutlet: string;
    date: string;
    originalLanguage: string;
    keyFacts: string;
    quotes: string;
    noFacts: string;
    /** Label in front of an original sentence. */
    original: string;
  };
  quiz: {
    questionOf: (i: number, n: number) => string;
    retryRound: (round: number) => string;
    category: string;
    article: (n: number) => string;
    correct: string;
    wrong: string;
    yourAnswer: string;
    correctAnswer: string;
    evidence: string;
    /** Names the article a quote comes from (already labelled) and its language ("… , in German"). */
    quoteFrom: (article: string, language: string) => string;
    confirmLeave: string;
    confirmLeaveDetail: string;
    noQuestions: string;
  };
  results: {
    title: string;
    score: (correct: number, total: number, percent: string) => string;
    byCategory: string;
    time: string;
    mistakes: (n: number) => string;
    noMistakes: string;
    reviewOf: (i: number, n: number) => string;
    savedTo: string;
    notSaved: string;
  };
  /** Output when stdin or stdout is not a terminal, and on leaving. */
  plain: {
    /** Shown while the articles are read, before the lesson appears. */
    loading: string;
    notTerminal: string;
    seeCommands: string;
    summaries: string;
    questions: string;
    answers: string;
    savedTo: string;
    interrupted: string;
  };
  /** The offer to resume a quiz left unfinished (the program was killed), and what became of its progress file. */
  resume: {
    title: string;
    /** "You have an unfinished quiz: 5 of 12 answered." */
    unfinished: (answered: number, total: number) => string;
    resume: string;
    startOver: string;
    /** On leaving: the progress file could not be read; it was kept under another name. */
    corrupt: (keptAt: string) => string;
    /** On leaving: the articles changed since; the progress file was kept under another name. */
    changed: (keptAt: string) => string;
    notSaved: string;
  };
  tooSmall: (columns: number, rows: number) => string;
}
