import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'CEO',
    'co-CEO': 'Co-CEO',
    author: 'Autor',
    founder: 'Gründer',
    chair: 'Vorsitzender',
    president: 'Präsident',
    director: 'Regisseur',
    producer: 'Produzent',
    spokesperson: 'Sprecher',
    analyst: 'Analyst',
    minister: 'Minister',
  },
  colon: ': ',
};
