import type { QuizText } from '../sections/quiz.js';

export const quiz: QuizText = {
  categories: {
    speed: 'Aceleración',
    budget: 'Presupuesto',
    revenue: 'Ingresos',
    profit: 'Beneficio',
    growth: 'Crecimiento',
    institution: 'Instituciones',
    person: 'Personas',
    source: 'Fuentes',
    comparison: 'Comparar artículos',
  },
  quote: (text) => `«${text}»`,

  stems: {
    figure: {
      speedup: (a) => `Según ${a}, ¿cuántas veces más rápido se hizo el trabajo?`,
      revenue: (a) => `Según ${a}, ¿cuáles fueron los ingresos?`,
      profit: (a) => `Según ${a}, ¿cuál fue el beneficio?`,
      'revenue-growth': (a) => `Según ${a}, ¿en qué porcentaje crecieron los ingresos?`,
      'profit-growth': (a) => `Según ${a}, ¿en qué porcentaje creció el beneficio?`,
      'budget-amount': (a) => `Según ${a}, ¿cuál es el presupuesto?`,
    },
    budget: (a) => `¿Qué dice ${a} sobre el presupuesto?`,
    institution: (a) => `¿Cuál de estas organizaciones menciona ${a}?`,
    person: (a, role) => `¿A quién presenta ${a} como ${role}?`,
    source: (a) => `¿Qué fuente cita ${a}?`,
    reports: {
      speedup: '¿Cuál de estos artículos dice cuántas veces más rápido se hizo el trabajo?',
      budget: '¿Cuál de estos artículos dice que, de otro modo, el presupuesto se habría quedado corto?',
      revenue: '¿Cuál de estos artículos da una cifra de ingresos?',
      'revenue-growth': '¿Cuál de estos artículos da el crecimiento de los ingresos?',
      profit: '¿Cuál de estos artículos da una cifra de beneficio?',
      'profit-growth': '¿Cuál de estos artículos da el crecimiento del beneficio?',
    },
    notReports: {
      speedup: '¿Cuál de estos artículos no dice cuántas veces más rápido se hizo el trabajo?',
      budget: '¿Cuál de estos artículos no dice que, de otro modo, el presupuesto se habría quedado corto?',
      revenue: '¿Cuál de estos artículos no da ninguna cifra de ingresos?',
      'revenue-growth': '¿Cuál de estos artículos no da el crecimiento de los ingresos?',
      profit: '¿Cuál de estos artículos no da ninguna cifra de beneficio?',
      'profit-growth': '¿Cuál de estos artículos no da el crecimiento del beneficio?',
    },
    agreement: {
      speedup: '¿Cuántos artículos dicen cuántas veces más rápido se hizo el trabajo y coinciden entre sí?',
      revenue: '¿Cuántos artículos dan una cifra de ingresos y coinciden entre sí?',
      'revenue-growth': '¿Cuántos artículos dan el crecimiento de los ingresos y coinciden entre sí?',
      profit: '¿Cuántos artículos dan una cifra de beneficio y coinciden entre sí?',
      'profit-growth': '¿Cuántos artículos dan el crecimiento del beneficio y coinciden entre sí?',
    },
    cites: (s) => `¿Cuál de estos artículos cita a ${s} como fuente?`,
    mentions: (n) => `¿En cuál de estos artículos aparece el nombre ${n}?`,
    notMentions: (n) => `¿En cuál de estos artículos no aparece el nombre ${n}?`,
  },

  options: {
    budget: {
      correct: 'Que, de otro modo, el presupuesto se habría quedado corto',
      wrong: ['Que el presupuesto habría alcanzado sin problema de todos modos', 'Que el presupuesto no tuvo ningún papel', 'Que el presupuesto no tenía ningún límite'],
    },
    agreement: (n, agreement) =>
      agreement === 'single' ? 'Solo un artículo' : agreement === 'agree' ? `${n} artículos, todos con la misma cifra` : `${n} artículos, con cifras distintas`,
  },

  explain: {
    answer: (o) => `La respuesta correcta es ${o}.`,
    says: (a, q) => `${a} escribe: ${q}`,
    forExample: (a, q) => `${a} escribe, por ejemplo: ${q}`,
    othersNot: 'Los demás artículos de las opciones no.',
    othersDo: 'Los demás artículos de las opciones sí.',
    notMentioned: (a, n) => `En ${a} no aparece el nombre ${n}.`,
  },

  grading: {
    score: (c, t, p) => `${c} de ${t} correctas (${p})`,
    overall: 'Puntuación',
    byCategory: 'Por categoría',
    byArticle: 'Por artículo',
    wrongAnswers: 'Respuestas incorrectas',
    allCorrect: 'Todas las respuestas son correctas.',
    yourAnswer: (o) => `Respuesta elegida: ${o}`,
    noAnswer: 'Sin respuesta',
    correctAnswer: (o) => `Respuesta correcta: ${o}`,
  },

  report: {
    title: (n) => `Informe de la clase: ${n} ${n === 1 ? 'resultado' : 'resultados'}`,
    average: (p) => `Puntuación media: ${p}`,
    distribution: 'Distribución de las puntuaciones',
    resultCount: (n) => `${n} ${n === 1 ? 'resultado' : 'resultados'}`,
    mostMissed: 'Preguntas más falladas',
    missed: (m, a) => `fallada por ${m} de ${a}`,
    noneMissed: 'No se falló ninguna pregunta.',
    byCategory: 'Por categoría',
  },

  export: {
    worksheetTitle: (n) => `Cuestionario: ${n} preguntas`,
    nameLine: 'Nombre: ______________________',
    answerKey: 'Soluciones',
    correct: 'Correcto.',
    wrong: 'Incorrecto.',
    quizName: 'Cuestionario Eternauta (español)',
  },
};
