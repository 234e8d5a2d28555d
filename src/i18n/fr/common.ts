import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'PDG',
    'co-CEO': 'codirecteur général',
    author: 'auteur',
    founder: 'fondateur',
    chair: 'président du conseil',
    president: 'président',
    director: 'réalisateur',
    producer: 'producteur',
    spokesperson: 'porte-parole',
    analyst: 'analyste',
    minister: 'ministre',
  },
  colon: '\u00a0: ',
};
