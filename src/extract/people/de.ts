/** People in German text. */
import type { PeopleRules } from './rules.js';

export const de: PeopleRules = {
  roles: [
    { cue: String.raw`Co-CEO|Co-Chef(?:in)?|Co-Vorstandschef(?:in)?`, role: 'co-CEO' },
    { cue: String.raw`CEO|(?:Konzern|Vorstands|Firmen|Unternehmens|Studio)chef(?:in)?|Vorstandsvorsitzende[rn]?`, role: 'CEO' },
    { cue: String.raw`Chef(?:in)?`, role: 'CEO', afterOrganization: true },
    { cue: String.raw`(?:Mit)?gründer(?:in)?`, role: 'founder' },
    { cue: String.raw`(?:Aufsichtsrats)?vorsitzende[rn]?`, role: 'chair' },
    { cue: String.raw`Präsident(?:in)?`, role: 'president' },
    { cue: String.raw`Regisseur(?:in)?`, role: 'director' },
    { cue: String.raw`Produzent(?:in)?`, role: 'producer' },
    { cue: String.raw`(?:Konzern|Unternehmens|Firmen|Regierungs|Presse)?sprecher(?:in)?`, role: 'spokesperson' },
    { cue: String.raw`Sprecher(?:in)?`, role: 'spokesperson', afterOrganization: true },
    { cue: String.raw`(?:Branchen|Medien|Markt)?analyst(?:in)?`, role: 'analyst' },
    { cue: String.raw`(?:Bundes|Staats|Kultur|Finanz|Wirtschafts|Außen|Innen|Kulturstaats)?minister(?:in)?`, role: 'minister' },
    { cue: String.raw`Autor(?:in)?`, role: 'author' },
    { cue: String.raw`Direktor(?:in)?|Geschäftsführer(?:in)?|Intendant(?:in)?|Finanzvorstand|Finanzchef(?:in)?|Vorstandsmitglied|Schauspieler(?:in)?|Drehbuchautor(?:in)?|Journalist(?:in)?|(?:Chef)?redakteur(?:in)?|Trainer(?:in)?|Professor(?:in)?|Moderator(?:in)?|Sportdirektor(?:in)?|Kapitän(?:in)?` },
  ],
  roleOf: ['von', 'bei', 'der', 'des'],
  placePrepositions: ['in', 'im', 'aus', 'nach', 'bei'],
  articles: ['der', 'die', 'ein', 'eine'],
  byline: ['Von'],
  and: ['und', '&'],
  reportingVerbs: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb', 'ergänzte',
    // "so" only after a quote or comma; the look-behind follows it, so it is tested only where "so" stands, not at every position.
    'warnte', 'unterstrich', 'räumte', String.raw`so(?<=[,"“”»«]\s?so)`,
  ],
  afterSpeaker: ['dass', 'in', 'im', 'am', 'an', 'auf', 'bei', 'beim', 'gegenüber', 'zu', 'zum', 'zur', 'der', 'die', 'das', 'dem', 'den', 'des', 'nach', 'vor', 'während', 'und', 'vom', 'von', 'laut', 'jetzt', 'kürzlich', 'bereits', 'damals', 'einem', 'einer'],
  notNames: new Set([
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Er', 'Sie', 'Es', 'Wir',
    'Ich', 'Ihr', 'Ihm', 'Ihn', 'Ihnen', 'Im', 'In', 'Am', 'An', 'Auf', 'Bei', 'Mit', 'Von', 'Vom', 'Zum', 'Zur',
    'Für', 'Und', 'Oder', 'Aber', 'Als', 'Wie', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Laut', 'Nach', 'Seit',
    'Während', 'Herr', 'Frau', 'Ende', 'Anfang', 'Mitte', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag',
    'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
    'September', 'Oktober', 'November', 'Dezember', 'Jahr', 'Jahre', 'Jahren', 'Woche', 'Monat', 'Investoren',
    'Journalisten', 'Analysten', 'Medien', 'Reportern',
  ]),
  maxNameWords: 3,
};
