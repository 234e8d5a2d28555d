/** People in Dutch text. */
import type { PeopleRules } from './rules.js';

export const nl: PeopleRules = {
  roles: [
    { cue: String.raw`co-CEO`, role: 'co-CEO' },
    { cue: String.raw`CEO|topman|topvrouw|bestuursvoorzitter`, role: 'CEO' },
    { cue: String.raw`baas|topman|topvrouw`, role: 'CEO', afterOrganization: true },
    { cue: String.raw`(?:mede)?oprichter|(?:mede)?oprichtster`, role: 'founder' },
    { cue: String.raw`voorzitter|voorzitster`, role: 'chair' },
    { cue: String.raw`president|presidente`, role: 'president' },
    { cue: String.raw`regisseur|regisseuse|filmmaker`, role: 'director' },
    { cue: String.raw`producent|producer`, role: 'producer' },
    { cue: String.raw`woordvoer(?:der|ster)`, role: 'spokesperson' },
    { cue: String.raw`(?:media|markt)?analist`, role: 'analyst' },
    { cue: String.raw`(?:cultuur|onderwijs|financiën|economie|premier-)?minister`, role: 'minister' },
    { cue: String.raw`auteur|schrijver|schrijfster`, role: 'author' },
    { cue: String.raw`(?:algemeen |artistiek |financieel )?directeur|directrice|CFO|acteur|actrice|scenarist(?:e)?|journalist(?:e)?|hoofdredacteur|hoogleraar|trainer|presentator|presentatrice` },
  ],
  roleOf: ['van', 'bij'],
  placePrepositions: ['in', 'uit', 'naar', 'bij'],
  articles: ['de', 'het', 'een'],
  byline: ['Door'],
  and: ['en', '&'],
  reportingVerbs: ['zei', 'zegt', 'aldus', 'verklaarde', 'verklaart', 'benadrukte', 'benadrukt', 'schreef', 'stelde', 'stelt', 'waarschuwde', 'vertelde', 'vertelt'],
  afterSpeaker: ['dat', 'in', 'op', 'tegen', 'tegenover', 'bij', 'tijdens', 'na', 'van', 'die', 'en', 'aan', 'eerder', 'vorige', 'deze', 'dinsdag', 'gisteren'],
  notNames: new Set([
    'De', 'Het', 'Een', 'Dit', 'Dat', 'Deze', 'Die', 'Hij', 'Zij', 'Ze', 'Wij', 'We', 'Ik', 'Jij', 'Zijn', 'Haar',
    'Hun', 'In', 'Op', 'Aan', 'Met', 'Voor', 'Van', 'En', 'Maar', 'Als', 'Volgens', 'Na', 'Bij', 'Meneer',
    'Mevrouw', 'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag',
  ]),
  maxNameWords: 3,
};
