import { describe } from 'vitest';
import { organizationCorpus } from './corpus.js';

describe('organizations (es)', () => {
  organizationCorpus(
    'es',
    [
      ['La agencia EFE informó de la decisión el lunes.', [['EFE', 'efe']]],
      ['Según El País, la plataforma cancelará la serie.', [['El País', 'pais']]],
      [
        'La Academia de las Artes y las Ciencias Cinematográficas de España prohibió los carteles hechos con IA.',
        [['Academia de las Artes y las Ciencias Cinematográficas de España', 'goya-academy']],
      ],
      ['La Academia de Cine anunció los nominados de este año.', [['Academia de Cine', 'goya-academy']]],
      [
        'La Academia Mexicana de Artes y Ciencias Cinematográficas entregó los premios.',
        [['Academia Mexicana de Artes y Ciencias Cinematográficas', 'mexicana-de-artes-y-ciencias-cinematograficas-academy']],
      ],
      [
        'Estudiantes de la Universidad Complutense de Madrid participaron en el rodaje.',
        [['Universidad Complutense de Madrid', 'complutense-de-madrid-university']],
      ],
      [
        'El Sindicato de Guionistas de España pidió protección frente a la IA.',
        [['Sindicato de Guionistas de España', 'guionistas-de-espana-union']],
      ],
      ['La productora K&S Films rodó la serie en Buenos Aires.', [['K&S Films', 'k-and-s-films']]],
      ['Las acciones de Solaria Energía S.A. subieron un 2 % en bolsa.', [['Solaria Energía S.A.', 'solaria-energia']]],
      ['El director durante la presentación en San Sebastián.\nImagen: Getty Images', [['Getty Images', 'getty-images']]],
      ['La cadena RTVE emitirá la gala en directo.', [['RTVE', 'rtve']]],
      ['Movistar Plus+ y Atresmedia firmaron un acuerdo de coproducción.', [['Movistar Plus+', 'movistar-plus'], ['Atresmedia', 'atresmedia']]],
      ['Según publicó Variety, HBO prepara una secuela.', [['Variety', 'variety'], ['HBO', 'hbo']]],
      ['La Academia de Hollywood endureció las reglas sobre la IA.', [['Academia de Hollywood', 'motion-picture-arts-and-sciences-academy']]],
      ['El Hospital Clínic de Barcelona probó el sistema.', [['Hospital Clínic de Barcelona', 'clinic-de-barcelona-hospital']]],
      [
        'El Festival de Cine de San Sebastián premió la película.',
        [['Festival de Cine de San Sebastián', 'cine-de-san-sebastian-festival']],
      ],
      ['La película la produjo Tornasol, una productora madrileña, con ayuda pública.', [['Tornasol', 'tornasol']]],
      ['El Valencia CF anunció un nuevo patrocinador.', [['Valencia CF', 'valencia-club']]],
    ],
    [
      'El Eternauta se rodó en Buenos Aires durante 2023.',
      'La serie Squid Game batió récords de audiencia.',
      'Las huelgas de Hollywood paralizaron los rodajes durante meses.',
      'Herramientas como Sora 2 y VEO 3 generan vídeo a partir de texto.',
      'La IA generativa preocupa a los guionistas.',
      'Expansión del negocio: la empresa crecerá en Europa.',
    ],
  );
});
