import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'es',
  [
    ['Según el director, la escena no habría sido posible con el presupuesto de la serie.', 'no habría sido posible con el presupuesto'],
    ['Sin la IA, el efecto habría sido inviable dentro del presupuesto.', 'inviable dentro del presupuesto'],
    ['Una secuencia así era inasumible para una producción con ese presupuesto.', 'inasumible para una producción con ese presupuesto'],
    ['Presupuestariamente, la escena no era viable.', 'Presupuestariamente, la escena no era viable'],
    ['Los efectos se crearon por una fracción del coste.', 'por una fracción del coste'],
    ['El proyecto habría disparado el presupuesto de cualquier serie.', 'habría disparado el presupuesto'],
    ['Era imposible rodar esa escena dentro del presupuesto.', 'imposible rodar esa escena dentro del presupuesto'],
    ['Con nuestro presupuesto, nunca habríamos podido permitirnos algo así.', 'Con nuestro presupuesto, nunca habríamos podido permitirnos'],
    ['La escena resultaba demasiado cara para el presupuesto de la serie.', 'demasiado cara para el presupuesto'],
    ['En el marco del presupuesto de la serie, aquello era inalcanzable.', 'En el marco del presupuesto de la serie, aquello era inalcanzable'],
    ['No habría sido factible con un presupuesto televisivo.', 'No habría sido factible con un presupuesto'],
    ['La productora generó las imágenes a una fracción del presupuesto habitual.', 'a una fracción del presupuesto'],
    ['Ese efecto superaría el presupuesto de cualquier película independiente.', 'superaría el presupuesto'],
  ],
  [
    'El presupuesto fue aprobado el martes.',
    'La película tuvo un presupuesto de cinco millones de euros.',
    'Antes solo los proyectos con gran presupuesto tenían acceso a estos efectos.',
    'Los recortes de presupuesto afectan a la redacción.',
    'No fue posible aprobar el presupuesto a tiempo.',
    'No es posible incluirlo en el presupuesto.',
    'Los teléfonos se venden por una fracción del coste.',
  ],
);
