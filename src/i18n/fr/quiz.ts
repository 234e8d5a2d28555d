import type { QuizText } from '../sections/quiz.js';

/** French puts a no-break space before ? : ; ! and inside « ». */
const NB = '\u00a0';

export const quiz: QuizText = {
  categories: {
    speed: 'Accélération',
    budget: 'Budget',
    revenue: "Chiffre d'affaires",
    profit: 'Bénéfice',
    growth: 'Croissance',
    institution: 'Institutions',
    person: 'Personnes',
    source: 'Sources',
    comparison: 'Comparaison des articles',
  },
  quote: (text) => `«${NB}${text}${NB}»`,

  stems: {
    figure: {
      speedup: (a) => `Selon ${a}, combien de fois plus vite le travail a-t-il été fait${NB}?`,
      revenue: (a) => `Selon ${a}, quel est le chiffre d'affaires${NB}?`,
      profit: (a) => `Selon ${a}, quel est le bénéfice${NB}?`,
      'revenue-growth': (a) => `Selon ${a}, de combien le chiffre d'affaires a-t-il augmenté${NB}?`,
      'profit-growth': (a) => `Selon ${a}, de combien le bénéfice a-t-il augmenté${NB}?`,
      'budget-amount': (a) => `Selon ${a}, quel est le budget${NB}?`,
    },
    budget: (a) => `Que dit ${a} du budget${NB}?`,
    institution: (a) => `Quelle organisation est mentionnée dans ${a}${NB}?`,
    person: (a, role) => `Selon ${a}, qui est ${role}${NB}?`,
    source: (a) => `Quelle source est citée dans ${a}${NB}?`,
    reports: {
      speedup: `Lequel de ces articles dit combien de fois plus vite le travail a été fait${NB}?`,
      budget: `Lequel de ces articles dit que le budget aurait été insuffisant autrement${NB}?`,
      revenue: `Lequel de ces articles donne un chiffre d'affaires${NB}?`,
      'revenue-growth': `Lequel de ces articles donne la croissance du chiffre d'affaires${NB}?`,
      profit: `Lequel de ces articles donne un bénéfice${NB}?`,
      'profit-growth': `Lequel de ces articles donne la croissance du bénéfice${NB}?`,
    },
    notReports: {
      speedup: `Lequel de ces articles ne dit pas combien de fois plus vite le travail a été fait${NB}?`,
      budget: `Lequel de ces articles ne dit pas que le budget aurait été insuffisant autrement${NB}?`,
      revenue: `Lequel de ces articles ne donne aucun chiffre d'affaires${NB}?`,
      'revenue-growth': `Lequel de ces articles ne donne pas la croissance du chiffre d'affaires${NB}?`,
      profit: `Lequel de ces articles ne donne aucun bénéfice${NB}?`,
      'profit-growth': `Lequel de ces articles ne donne pas la croissance du bénéfice${NB}?`,
    },
    agreement: {
      speedup: `Combien d'articles disent combien de fois plus vite le travail a été fait, et concordent-ils${NB}?`,
      revenue: `Combien d'articles donnent un chiffre d'affaires, et concordent-ils${NB}?`,
      'revenue-growth': `Combien d'articles donnent la croissance du chiffre d'affaires, et concordent-ils${NB}?`,
      profit: `Combien d'articles donnent un bénéfice, et concordent-ils${NB}?`,
      'profit-growth': `Combien d'articles donnent la croissance du bénéfice, et concordent-ils${NB}?`,
    },
    cites: (s) => `Lequel de ces articles cite ${s} comme source${NB}?`,
    mentions: (n) => `Dans lequel de ces articles le nom ${n} apparaît-il${NB}?`,
    notMentions: (n) => `Dans lequel de ces articles le nom ${n} n'apparaît-il pas${NB}?`,
  },

  options: {
    budget: {
      correct: 'Que le budget aurait été insuffisant autrement',
      wrong: ['Que le budget aurait de toute façon largement suffi', "Que le budget n'y a joué aucun rôle", "Que le budget n'avait aucune limite"],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Un seul article' : agreement === 'agree' ? `${n} articles, tous avec le même chiffre` : `${n} articles, avec des chiffres différents`,
  },

  explain: {
    answer: (o) => `La bonne réponse est ${o}.`,
    says: (a, q) => `${a} écrit${NB}: ${q}`,
    forExample: (a, q) => `${a} écrit par exemple${NB}: ${q}`,
    othersNot: 'Les autres articles proposés, non.',
    othersDo: 'Les autres articles proposés, oui.',
    notMentioned: (a, n) => `Le nom ${n} n'apparaît pas dans ${a}.`,
  },

  grading: {
    score: (c, t, p) => `${c} sur ${t} correctes (${p})`,
    overall: 'Score',
    byCategory: 'Par catégorie',
    byArticle: 'Par article',
    wrongAnswers: 'Réponses fausses',
    allCorrect: 'Toutes les réponses sont correctes.',
    yourAnswer: (o) => `Réponse choisie${NB}: ${o}`,
    noAnswer: 'Pas de réponse',
    correctAnswer: (o) => `Bonne réponse${NB}: ${o}`,
  },

  report: {
    title: (n) => `Bilan de la classe${NB}: ${n} ${n === 1 ? 'résultat' : 'résultats'}`,
    average: (p) => `Score moyen${NB}: ${p}`,
    distribution: 'Répartition des scores',
    resultCount: (n) => `${n} ${n === 1 ? 'résultat' : 'résultats'}`,
    mostMissed: 'Questions les plus manquées',
    missed: (m, a) => `manquée par ${m} sur ${a}`,
    noneMissed: "Aucune question n'a été manquée.",
    byCategory: 'Par catégorie',
  },

  export: {
    worksheetTitle: (n) => `Quiz${NB}: ${n} questions`,
    nameLine: `Nom${NB}: ______________________`,
    answerKey: 'Corrigé',
    correct: 'Correct.',
    wrong: 'Incorrect.',
    quizName: "Quiz de l'Éternaute (français)",
  },
};
