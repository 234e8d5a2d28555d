import type { CommonText } from '../sections/common.js';

export const common: CommonText = {
  roles: {
    CEO: 'CEO',
    'co-CEO': 'co-CEO',
    author: 'author',
    founder: 'founder',
    chair: 'chair',
    president: 'president',
    director: 'director',
    producer: 'producer',
    spokesperson: 'spokesperson',
    analyst: 'analyst',
    minister: 'minister',
  },
  colon: ': ',
};
