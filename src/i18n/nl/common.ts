import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'CEO',
    'co-CEO': 'co-CEO',
    author: 'auteur',
    founder: 'oprichter',
    chair: 'voorzitter',
    president: 'president',
    director: 'regisseur',
    producer: 'producent',
    spokesperson: 'woordvoerder',
    analyst: 'analist',
    minister: 'minister',
  },
  colon: ': ',
};
