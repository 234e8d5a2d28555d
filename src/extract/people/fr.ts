/** People in French text. */
import type { PeopleRules } from './rules.js';

export const fr: PeopleRules = {
  roles: [
    { cue: String.raw`co-?PDG|co-?CEO|codirect(?:eur|rice) général(?:e)?`, role: 'co-CEO' },
    { cue: String.raw`PDG|P\.-?D\.?G\.?|CEO`, role: 'CEO' },
    { cue: String.raw`(?:co)?fonda(?:teur|trice)`, role: 'founder' },
    { cue: String.raw`président(?:e)? du conseil(?: d'administration| de surveillance)?`, role: 'chair' },
    { cue: String.raw`(?:co-?)?président(?:e)?`, role: 'president' },
    { cue: String.raw`réalisat(?:eur|rice)|cinéaste`, role: 'director' },
    { cue: String.raw`product(?:eur|rice)(?: exécuti(?:f|ve))?`, role: 'producer' },
    { cue: String.raw`porte-parole`, role: 'spokesperson' },
    { cue: String.raw`analyste`, role: 'analyst' },
    { cue: String.raw`ministre`, role: 'minister' },
    { cue: String.raw`aut(?:eur|rice)|écrivain(?:e)?`, role: 'author' },
    { cue: String.raw`direct(?:eur|rice)(?: général(?:e)?| artistique| financi(?:er|ère))?|acteur|actrice|scénariste|journaliste|entraîneur|professeur(?:e)?|présentat(?:eur|rice)|rédact(?:eur|rice) en chef` },
  ],
  roleAdjective: String.raw`belges?|français(?:e)?|américain(?:e)?|espagnol(?:e)?|argentin(?:e)?|allemand(?:e)?|britannique|italien(?:ne)?|norvégien(?:ne)?|néerlandais(?:e)?|suédois(?:e)?|danois(?:e)?|suisse|canadien(?:ne)?|mexicain(?:e)?|brésilien(?:ne)?|japonais(?:e)?|(?:sud-)?coréen(?:ne)?|chinois(?:e)?|indien(?:ne)?|iranien(?:ne)?|polonais(?:e)?|portugais(?:e)?|irlandais(?:e)?|australien(?:ne)?|québécois(?:e)?|sortant(?:e)?|adjoint(?:e)?|délégué(?:e)?`,
  roleOf: ['de', 'du', 'des', 'chez'],
  placePrepositions: ['à', 'en', 'depuis'],
  articles: ['le', 'la', "l'", 'l’', 'un', 'une'],
  byline: ['Par'],
  and: ['et', '&'],
  reportingVerbs: [
    String.raw`a déclaré`, String.raw`a dit`, String.raw`a affirmé`, String.raw`a expliqué`, String.raw`a souligné`,
    String.raw`a précisé`, String.raw`a indiqué`, String.raw`a ajouté`, String.raw`a estimé`, 'déclare', 'explique',
    'souligne', 'précise', 'affirme', 'estime', 'ajoute', 'indique', 'poursuit', 'dit',
  ],
  afterSpeaker: ['que', 'à', 'au', 'aux', 'lors', 'dans', 'en', 'de', 'du', 'des', 'qui', 'et', 'devant', 'ce', 'cette', 'mardi', 'lundi', 'hier', 'sur', 'chez'],
  notNames: new Set([
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On',
    'Nous', 'Vous', 'Je', 'Son', 'Sa', 'Ses', 'Leur', 'En', 'Dans', 'Avec', 'Pour', 'Par', 'Et', 'Mais', 'Selon',
    'Après', 'Avant', 'Monsieur', 'Madame', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi',
    'Dimanche',
  ]),
  maxNameWords: 3,
};
