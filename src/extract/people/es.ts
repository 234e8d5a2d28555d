/** People in Spanish text. */
import type { PeopleRules } from './rules.js';

export const es: PeopleRules = {
  roles: [
    { cue: String.raw`co-?CEO|codirector(?:a)? ejecutiv[oa]|co-?consejer[oa] delegad[oa]`, role: 'co-CEO' },
    { cue: String.raw`CEO|consejer[oa] delegad[oa]|director(?:a)? ejecutiv[oa]`, role: 'CEO' },
    { cue: String.raw`(?:co)?fundador(?:a)?`, role: 'founder' },
    { cue: String.raw`president[ea] del consejo(?: de administración)?`, role: 'chair' },
    { cue: String.raw`(?:co)?president[ea]`, role: 'president' },
    { cue: String.raw`director(?:a)?|cineasta|realizador(?:a)?`, role: 'director' },
    { cue: String.raw`productor(?:a)?(?: ejecutiv[oa])?`, role: 'producer' },
    { cue: String.raw`portavoz|vocer[oa]`, role: 'spokesperson' },
    { cue: String.raw`analista`, role: 'analyst' },
    { cue: String.raw`ministr[oa]`, role: 'minister' },
    { cue: String.raw`autor(?:a)?|escritor(?:a)?`, role: 'author' },
    { cue: String.raw`director(?:a)? (?:general|financier[oa])|actor|actriz|guionista|periodista|entrenador(?:a)?|profesor(?:a)?|presentador(?:a)?` },
  ],
  roleAdjective: String.raw`argentin[oa]|español(?:a)?|mexican[oa]|estadounidense|francés|francesa|alemán|alemana|británic[oa]|italian[oa]|chilen[oa]|colombian[oa]|peruan[oa]|uruguay[oa]|cuban[oa]|brasileñ[oa]|norueg[oa]|neerlandés|neerlandesa|belga|canadiense|japonés|japonesa|(?:sur)?corean[oa]|chin[oa]|catalán|catalana|vasc[oa]|galleg[oa]|saliente|adjunt[oa]`,
  roleOf: ['de', 'del', 'en'],
  placePrepositions: ['en', 'desde'],
  articles: ['el', 'la', 'un', 'una'],
  byline: ['Por'],
  and: ['y', '&'],
  reportingVerbs: [
    'dijo', 'afirmó', 'explicó', 'señaló', 'declaró', 'aseguró', 'añadió', 'indicó', 'sostuvo', 'subrayó',
    'advirtió', 'escribió', 'comentó', 'apuntó', 'destacó', 'afirma', 'explica', 'señala', 'asegura',
  ],
  afterSpeaker: ['en', 'a', 'al', 'durante', 'tras', 'de', 'del', 'que', 'y', 'este', 'esta', 'ante', 'ayer', 'hoy', 'con', 'desde'],
  notNames: new Set([
    'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa',
    'Él', 'Ella', 'Ellos', 'Ellas', 'Su', 'Sus', 'En', 'Con', 'Por', 'Para', 'De', 'Del', 'Al', 'Y', 'Pero',
    'Como', 'Según', 'Tras', 'Señor', 'Señora', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado',
    'Domingo',
  ]),
  maxNameWords: 4,
};
