import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'administrerende direktør',
    'co-CEO': 'co-CEO',
    author: 'forfatter',
    founder: 'grunnlegger',
    chair: 'styreleder',
    president: 'president',
    director: 'regissør',
    producer: 'produsent',
    spokesperson: 'talsperson',
    analyst: 'analytiker',
    minister: 'minister',
  },
  colon: ': ',
};
