import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {
  categories: {
    speed: 'Versnelling',
    budget: 'Budget',
    revenue: 'Omzet',
    profit: 'Winst',
    growth: 'Groei',
    institution: 'Instellingen',
    person: 'Personen',
    source: 'Bronnen',
    comparison: 'Artikelen vergelijken',
  },
  quote: (text) => `“${text}”`,

  stems: {
    figure: {
      speedup: (a) => `Hoeveel keer sneller was het werk volgens ${a} klaar?`,
      revenue: (a) => `Welke omzet noemt ${a}?`,
      profit: (a) => `Welke winst noemt ${a}?`,
      'revenue-growth': (a) => `Met hoeveel procent steeg de omzet volgens ${a}?`,
      'profit-growth': (a) => `Met hoeveel procent steeg de winst volgens ${a}?`,
      'budget-amount': (a) => `Welk budget noemt ${a}?`,
    },
    budget: (a) => `Wat zegt ${a} over het budget?`,
    institution: (a) => `Welke van deze organisaties noemt ${a}?`,
    person: (a, role) => `Wie is volgens ${a} ${role}?`,
    source: (a) => `Op welke bron baseert ${a} zich?`,
    reports: {
      speedup: 'Welk van deze artikelen zegt hoeveel keer sneller het werk klaar was?',
      budget: 'Welk van deze artikelen zegt dat het budget anders tekort was geschoten?',
      revenue: 'Welk van deze artikelen noemt een omzetcijfer?',
      'revenue-growth': 'Welk van deze artikelen noemt de omzetgroei?',
      profit: 'Welk van deze artikelen noemt een winstcijfer?',
      'profit-growth': 'Welk van deze artikelen noemt de winstgroei?',
    },
    notReports: {
      speedup: 'Welk van deze artikelen zegt niet hoeveel keer sneller het werk klaar was?',
      budget: 'Welk van deze artikelen zegt niet dat het budget anders tekort was geschoten?',
      revenue: 'Welk van deze artikelen noemt geen omzetcijfer?',
      'revenue-growth': 'Welk van deze artikelen noemt de omzetgroei niet?',
      profit: 'Welk van deze artikelen noemt geen winstcijfer?',
      'profit-growth': 'Welk van deze artikelen noemt de winstgroei niet?',
    },
    agreement: {
      speedup: 'Hoeveel artikelen zeggen hoeveel keer sneller het werk klaar was, en komen ze overeen?',
      revenue: 'Hoeveel artikelen noemen een omzetcijfer, en komen de cijfers overeen?',
      'revenue-growth': 'Hoeveel artikelen noemen de omzetgroei, en komen de cijfers overeen?',
      profit: 'Hoeveel artikelen noemen een winstcijfer, en komen de cijfers overeen?',
      'profit-growth': 'Hoeveel artikelen noemen de winstgroei, en komen de cijfers overeen?',
    },
    cites: (s) => `Welk van deze artikelen noemt ${s} als bron?`,
    mentions: (n) => `In welk van deze artikelen valt de naam ${n}?`,
    notMentions: (n) => `In welk van deze artikelen valt de naam ${n} niet?`,
  },

  options: {
    budget: {
      correct: 'Dat het budget anders tekort was geschoten',
      wrong: ['Dat het budget hoe dan ook ruim had volstaan', 'Dat het budget er geen rol in speelde', 'Dat er geen grens aan het budget was'],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Maar één artikel' : agreement === 'agree' ? `${n} artikelen, allemaal hetzelfde cijfer` : `${n} artikelen, met verschillende cijfers`,
  },

  explain: {
    answer: (o) => `Het juiste antwoord is ${o}.`,
    says: (a, q) => `${a} schrijft: ${q}`,
    forExample: (a, q) => `${a} schrijft bijvoorbeeld: ${q}`,
    othersNot: 'De andere artikelen in de keuzes niet.',
    othersDo: 'De andere artikelen in de keuzes wel.',
    notMentioned: (a, n) => `In ${a} valt de naam ${n} niet.`,
  },

  grading: {
    score: (c, t, p) => `${c} van ${t} goed (${p})`,
    overall: 'Score',
    byCategory: 'Per categorie',
    byArticle: 'Per artikel',
    wrongAnswers: 'Foute antwoorden',
    allCorrect: 'Alle antwoorden zijn goed.',
    yourAnswer: (o) => `Gekozen antwoord: ${o}`,
    noAnswer: 'Geen antwoord gekozen',
    correctAnswer: (o) => `Juiste antwoord: ${o}`,
  },

  report: {
    title: (n) => `Klasrapport: ${n} ${n === 1 ? 'resultaat' : 'resultaten'}`,
    average: (p) => `Gemiddelde score: ${p}`,
    distribution: 'Verdeling van de scores',
    resultCount: (n) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`,
    mostMissed: 'Vaakst fout beantwoord',
    missed: (m, a) => `fout bij ${m} van ${a}`,
    noneMissed: 'Geen enkele vraag is fout beantwoord.',
    byCategory: 'Per categorie',
  },

  export: {
    worksheetTitle: (n) => `Quiz: ${n} vragen`,
    nameLine: 'Naam: ______________________',
    answerKey: 'Antwoorden',
    correct: 'Goed.',
    wrong: 'Helaas, fout.',
    quizName: 'Eternaut-quiz (Nederlands)',
  },
};
