import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (es)', () => {
  sourceCorpus(
    'es',
    [
      ['Según El País, la plataforma cancelará la serie.', ['El País']],
      ['La agencia EFE informó de la dimisión del presidente.', ['EFE']],
      ['Según informó Europa Press, el rodaje comenzará en mayo.', ['Europa Press']],
      ['MADRID (EFE) - El Gobierno aprobó las nuevas ayudas al cine.', ['EFE']],
      ['De acuerdo con Variety, HBO prepara una secuela.', ['Variety']],
      ['Las productoras no han hecho comentarios.\nFuente: Europa Press', ['Europa Press']],
      ['El Mundo publicó que la productora negocia con Netflix.', ['El Mundo']],
      ['Según la Academia de Cine, las normas entran en vigor en enero.', ['Academia de Cine']],
      ['Según Bloomberg, la empresa estudia nuevos recortes.', ['Bloomberg']],
      ['Así lo informó la agencia Reuters el viernes.', ['Reuters']],
      ['Según la Universidad de Salamanca, el estudio es fiable.', ['Universidad de Salamanca']],
      ['La Vanguardia adelantó la noticia el domingo.', ['La Vanguardia']],
    ],
    [
      'Según el director ejecutivo Ted Sarandos, la IA es una herramienta.',
      'Según el director ejecutivo de Netflix, Ted Sarandos, la escena fue diez veces más rápida.',
      'Netflix informó ingresos de 11.000 millones de dólares.',
      'Una escena de la nueva serie. Fuente: Netflix',
      'Según los analistas, la acción está infravalorada.',
      'Según Ana García, la serie es un éxito.',
    ],
  );
});
