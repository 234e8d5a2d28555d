import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {
  categories: {
    speed: 'Beschleunigung',
    budget: 'Budget',
    revenue: 'Umsatz',
    profit: 'Gewinn',
    growth: 'Wachstum',
    institution: 'Institutionen',
    person: 'Personen',
    source: 'Quellen',
    comparison: 'Artikelvergleich',
  },
  quote: (text) => `„${text}“`,

  stems: {
    figure: {
      speedup: (a) => `Wievielmal schneller war die Arbeit laut ${a} erledigt?`,
      revenue: (a) => `Welchen Umsatz nennt ${a}?`,
      profit: (a) => `Welchen Gewinn nennt ${a}?`,
      'revenue-growth': (a) => `Um wie viel Prozent ist der Umsatz laut ${a} gestiegen?`,
      'profit-growth': (a) => `Um wie viel Prozent ist der Gewinn laut ${a} gestiegen?`,
      'budget-amount': (a) => `Welches Budget nennt ${a}?`,
    },
    budget: (a) => `Was sagt ${a} über das Budget?`,
    institution: (a) => `Welche dieser Organisationen erwähnt ${a}?`,
    person: (a, role) => `Wen bezeichnet ${a} als ${role}?`,
    source: (a) => `Auf welche Quelle beruft sich ${a}?`,
    reports: {
      speedup: 'Welcher dieser Artikel sagt, wievielmal schneller die Arbeit erledigt war?',
      budget: 'Welcher dieser Artikel sagt, dass das Budget sonst nicht gereicht hätte?',
      revenue: 'Welcher dieser Artikel nennt einen Umsatz?',
      'revenue-growth': 'Welcher dieser Artikel nennt das Umsatzwachstum?',
      profit: 'Welcher dieser Artikel nennt einen Gewinn?',
      'profit-growth': 'Welcher dieser Artikel nennt das Gewinnwachstum?',
    },
    notReports: {
      speedup: 'Welcher dieser Artikel sagt nicht, wievielmal schneller die Arbeit erledigt war?',
      budget: 'Welcher dieser Artikel erwähnt nicht, dass das Budget sonst nicht gereicht hätte?',
      revenue: 'Welcher dieser Artikel nennt keinen Umsatz?',
      'revenue-growth': 'Welcher dieser Artikel nennt kein Umsatzwachstum?',
      profit: 'Welcher dieser Artikel nennt keinen Gewinn?',
      'profit-growth': 'Welcher dieser Artikel nennt kein Gewinnwachstum?',
    },
    agreement: {
      speedup: 'Wie viele Artikel sagen, wievielmal schneller die Arbeit erledigt war, und stimmen sie überein?',
      revenue: 'Wie viele Artikel nennen einen Umsatz, und stimmen die Zahlen überein?',
      'revenue-growth': 'Wie viele Artikel nennen das Umsatzwachstum, und stimmen die Zahlen überein?',
      profit: 'Wie viele Artikel nennen einen Gewinn, und stimmen die Zahlen überein?',
      'profit-growth': 'Wie viele Artikel nennen das Gewinnwachstum, und stimmen die Zahlen überein?',
    },
    cites: (s) => `Welcher dieser Artikel nennt ${s} als Quelle?`,
    mentions: (n) => `In welchem dieser Artikel fällt der Name ${n}?`,
    notMentions: (n) => `In welchem dieser Artikel fällt der Name ${n} nicht?`,
  },

  options: {
    budget: {
      correct: 'Dass das Budget sonst nicht gereicht hätte',
      wrong: ['Dass das Budget ohnehin problemlos gereicht hätte', 'Dass das Budget dabei keine Rolle spielte', 'Dass das Budget unbegrenzt war'],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Nur ein Artikel' : agreement === 'agree' ? `${n} Artikel, alle mit derselben Zahl` : `${n} Artikel, mit verschiedenen Zahlen`,
  },

  explain: {
    answer: (o) => `Richtig ist: ${o}.`,
    says: (a, q) => `${a} schreibt: ${q}`,
    forExample: (a, q) => `${a} schreibt zum Beispiel: ${q}`,
    othersNot: 'Die anderen angebotenen Artikel nicht.',
    othersDo: 'Die anderen angebotenen Artikel schon.',
    notMentioned: (a, n) => `In ${a} fällt der Name ${n} nicht.`,
  },

  grading: {
    score: (c, t, p) => `${c} von ${t} richtig (${p})`,
    overall: 'Ergebnis',
    byCategory: 'Nach Kategorie',
    byArticle: 'Nach Artikel',
    wrongAnswers: 'Falsche Antworten',
    allCorrect: 'Alle Antworten sind richtig.',
    yourAnswer: (o) => `Gewählte Antwort: ${o}`,
    noAnswer: 'Keine Antwort gewählt',
    correctAnswer: (o) => `Richtige Antwort: ${o}`,
  },

  report: {
    title: (n) => `Klassenbericht: ${n} ${n === 1 ? 'Ergebnis' : 'Ergebnisse'}`,
    average: (p) => `Durchschnitt: ${p}`,
    distribution: 'Verteilung der Ergebnisse',
    resultCount: (n) => `${n} ${n === 1 ? 'Ergebnis' : 'Ergebnisse'}`,
    mostMissed: 'Am häufigsten falsch beantwortet',
    missed: (m, a) => `falsch bei ${m} von ${a}`,
    noneMissed: 'Keine Frage wurde falsch beantwortet.',
    byCategory: 'Nach Kategorie',
  },

  export: {
    worksheetTitle: (n) => `Quiz: ${n} Fragen`,
    nameLine: 'Name: ______________________',
    answerKey: 'Lösungen',
    correct: 'Richtig.',
    wrong: 'Leider falsch.',
    quizName: 'Eternaut-Quiz (Deutsch)',
  },
};
