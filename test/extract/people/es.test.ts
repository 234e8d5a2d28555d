import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (es)', () => {
  peopleCorpus(
    'es',
    [
      ['El director ejecutivo Ted Sarandos defendió el uso de la IA.', [['Ted Sarandos', 'CEO']]],
      ['«No sustituimos a los artistas», dijo Ana García.', [['Ana García', undefined]]],
      ['Por Lucía Fernández\nLa plataforma presentó sus resultados el martes.', [['Lucía Fernández', 'author']]],
      ['La consejera delegada Ana Botín presentó los resultados.', [['Ana Botín', 'CEO']]],
      ['El cineasta Juan José Campanella criticó la medida.', [['Juan José Campanella', 'director']]],
      // A director general heads a company or an institution, not a film.
      ['La directora general, Ana Ruiz, presentó el plan.', [['Ana Ruiz', undefined]]],
      ['La ministra de Cultura, Pilar Alegría, anunció nuevas ayudas.', [['Pilar Alegría', 'minister']]],
      ['El productor Fernando Trueba defendió el proyecto.', [['Fernando Trueba', 'producer']]],
      ['El portavoz de la compañía, Luis Martín, confirmó la noticia.', [['Luis Martín', 'spokesperson']]],
      ['La analista Marta Ruiz prevé más recortes en el sector.', [['Marta Ruiz', 'analyst']]],
      ['Bruno Stagnaro, director de la serie, explicó el proceso.', [['Bruno Stagnaro', 'director']]],
      ['El presidente de Mediapro, Jaume Roures, negó la venta.', [['Jaume Roures', 'president']]],
      ['«Es una herramienta», afirmó Carlos Pérez López.', [['Carlos Pérez López', undefined]]],
      ['El fundador de la empresa, Reed Hastings, dejó la presidencia.', [['Reed Hastings', 'founder']]],
      ['El codirector ejecutivo Greg Peters habló con los analistas.', [['Greg Peters', 'co-CEO']]],
      ['El director argentino Damián Szifron presentó su nueva película.', [['Damián Szifron', 'director']]],
    ],
    [
      'Según la plataforma, la escena se completó diez veces más rápido.',
      'El director ejecutivo dijo que la empresa seguirá invirtiendo.',
      '«Funciona», dijo la empresa en un comunicado.',
      'Por primera vez, Netflix usó IA generativa en una serie.',
      'Sarandos calificó el resultado de asombroso.',
      'La serie El Eternauta transcurre en Buenos Aires.',
      'En Buenos Aires, el presidente de la productora anunció el rodaje.',
    ],
  );
});
