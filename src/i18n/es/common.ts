import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'consejero delegado',
    'co-CEO': 'codirector ejecutivo',
    author: 'autor',
    founder: 'fundador',
    chair: 'presidente del consejo',
    president: 'presidente',
    director: 'director',
    producer: 'productor',
    spokesperson: 'portavoz',
    analyst: 'analista',
    minister: 'ministro',
  },
  colon: ': ',
};
