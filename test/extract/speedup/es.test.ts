import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'es',
  [
    ['Según la empresa, el nuevo chip es diez veces más rápido que su predecesor.', 10, 'diez veces más rápido'],
    ['La escena se completó 10 veces más rápido que con métodos tradicionales.', 10, '10 veces más rápido'],
    ['El nuevo tren es el doble de rápido que el anterior.', 2, 'el doble de rápido'],
    ['La aplicación carga las páginas dos veces más rápido.', 2, 'dos veces más rápido'],
    ['El equipo terminó el trabajo en una décima parte del tiempo.', 10, 'en una décima parte del tiempo'],
    ['Con la inteligencia artificial, el montaje se hizo en la mitad de tiempo.', 2, 'en la mitad de tiempo'],
    ['El sistema procesa los datos cinco veces más deprisa.', 5, 'cinco veces más deprisa'],
    ['La red funciona a una velocidad veinte veces mayor.', 20, 'velocidad veinte veces mayor'],
    ['Las nuevas baterías se cargan tres veces más rápidamente.', 3, 'tres veces más rápidamente'],
    ['El modelo aprende 4x más rápido que la versión anterior.', 4, '4x más rápido'],
    ['La impresora trabaja el triple de rápido.', 3, 'el triple de rápido'],
    ['Los efectos se produjeron en un quinto del tiempo habitual.', 5, 'en un quinto del tiempo'],
    ['La herramienta no solo es diez veces más rápida, sino también más barata.', 10, 'diez veces más rápida'],
    ['El proceso es 1,5 veces más rápido.', 1.5, '1,5 veces más rápido'],
  ],
  [
    'La serie tiene 10 episodios.',
    'Entrena tres veces por semana.',
    'El original es diez veces más caro.',
    'La habitación mide 2x2 metros.',
    'He visto la película diez veces.',
    'El nuevo modelo no es diez veces más rápido, como se afirmó.',
    'Los chips son entre cinco y diez veces más rápidos.',
    'En 2023 los trenes fueron más rápidos.',
  ],
);
