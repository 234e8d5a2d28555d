import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {
  categories: {
    speed: 'Hastighet',
    budget: 'Budsjett',
    revenue: 'Inntekter',
    profit: 'Overskudd',
    growth: 'Vekst',
    institution: 'Institusjoner',
    person: 'Personer',
    source: 'Kilder',
    comparison: 'Sammenligning av artikler',
  },
  quote: (text) => `«${text}»`,

  stems: {
    figure: {
      speedup: (a) => `Hvor mange ganger raskere gikk arbeidet ifølge ${a}?`,
      revenue: (a) => `Hvilke inntekter oppgir ${a}?`,
      profit: (a) => `Hvilket overskudd oppgir ${a}?`,
      'revenue-growth': (a) => `Hvor mange prosent økte inntektene ifølge ${a}?`,
      'profit-growth': (a) => `Hvor mange prosent økte overskuddet ifølge ${a}?`,
      'budget-amount': (a) => `Hvilket budsjett oppgir ${a}?`,
    },
    budget: (a) => `Hva sier ${a} om budsjettet?`,
    institution: (a) => `Hvilken av disse organisasjonene nevner ${a}?`,
    person: (a, role) => `Hvem omtaler ${a} som ${role}?`,
    source: (a) => `Hvilken kilde viser ${a} til?`,
    reports: {
      speedup: 'Hvilken av disse artiklene sier hvor mange ganger raskere arbeidet gikk?',
      budget: 'Hvilken av disse artiklene sier at budsjettet ellers ville ha vært for lite?',
      revenue: 'Hvilken av disse artiklene oppgir inntektene?',
      'revenue-growth': 'Hvilken av disse artiklene oppgir inntektsveksten?',
      profit: 'Hvilken av disse artiklene oppgir overskuddet?',
      'profit-growth': 'Hvilken av disse artiklene oppgir veksten i overskuddet?',
    },
    notReports: {
      speedup: 'Hvilken av disse artiklene sier ikke hvor mange ganger raskere arbeidet gikk?',
      budget: 'Hvilken av disse artiklene sier ikke at budsjettet ellers ville ha vært for lite?',
      revenue: 'Hvilken av disse artiklene oppgir ikke inntektene?',
      'revenue-growth': 'Hvilken av disse artiklene oppgir ikke inntektsveksten?',
      profit: 'Hvilken av disse artiklene oppgir ikke overskuddet?',
      'profit-growth': 'Hvilken av disse artiklene oppgir ikke veksten i overskuddet?',
    },
    agreement: {
      speedup: 'Hvor mange artikler sier hvor mange ganger raskere arbeidet gikk, og stemmer tallene overens?',
      revenue: 'Hvor mange artikler oppgir inntektene, og stemmer tallene overens?',
      'revenue-growth': 'Hvor mange artikler oppgir inntektsveksten, og stemmer tallene overens?',
      profit: 'Hvor mange artikler oppgir overskuddet, og stemmer tallene overens?',
      'profit-growth': 'Hvor mange artikler oppgir veksten i overskuddet, og stemmer tallene overens?',
    },
    cites: (s) => `Hvilken av disse artiklene oppgir ${s} som kilde?`,
    mentions: (n) => `Hvilken av disse artiklene nevner ${n}?`,
    notMentions: (n) => `Hvilken av disse artiklene nevner ikke ${n}?`,
  },

  options: {
    budget: {
      correct: 'At budsjettet ellers ville ha vært for lite',
      wrong: ['At budsjettet uansett lett ville ha strukket til', 'At budsjettet ikke spilte noen rolle', 'At det ikke fantes noen grense for budsjettet'],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Bare én artikkel' : agreement === 'agree' ? `${n} artikler, samme tall i alle` : `${n} artikler, med ulike tall`,
  },

  explain: {
    answer: (o) => `Riktig svar er ${o}.`,
    says: (a, q) => `${a} skriver: ${q}`,
    forExample: (a, q) => `${a} skriver for eksempel: ${q}`,
    othersNot: 'De andre artiklene blant svaralternativene gjør det ikke.',
    othersDo: 'De andre artiklene blant svaralternativene gjør det.',
    notMentioned: (a, n) => `${a} nevner ikke ${n}.`,
  },

  grading: {
    score: (c, t, p) => `${c} av ${t} riktige (${p})`,
    overall: 'Resultat',
    byCategory: 'Etter kategori',
    byArticle: 'Etter artikkel',
    wrongAnswers: 'Feil svar',
    allCorrect: 'Alle svarene er riktige.',
    yourAnswer: (o) => `Valgt svar: ${o}`,
    noAnswer: 'Ikke besvart',
    correctAnswer: (o) => `Riktig svar: ${o}`,
  },

  report: {
    title: (n) => `Klasserapport: ${n} ${n === 1 ? 'resultat' : 'resultater'}`,
    average: (p) => `Gjennomsnitt: ${p}`,
    distribution: 'Fordeling av resultatene',
    resultCount: (n) => `${n} ${n === 1 ? 'resultat' : 'resultater'}`,
    mostMissed: 'Oftest besvart feil',
    missed: (m, a) => `feil hos ${m} av ${a}`,
    noneMissed: 'Ingen spørsmål ble besvart feil.',
    byCategory: 'Etter kategori',
  },

  export: {
    worksheetTitle: (n) => `Quiz: ${n} spørsmål`,
    nameLine: 'Navn: ______________________',
    answerKey: 'Fasit',
    correct: 'Riktig.',
    wrong: 'Dessverre feil.',
    quizName: 'Eternaut-quiz (norsk bokmål)',
  },
};
