/** People in Norwegian (Bokmål) text. */
import type { PeopleRules } from './rules.js';

export const nb: PeopleRules = {
  roles: [
    { cue: String.raw`co-CEO|medadministrerende direktør`, role: 'co-CEO' },
    { cue: String.raw`CEO|administrerende direktør|adm\. direktør|konsernsjef|toppsjef`, role: 'CEO' },
    { cue: String.raw`sjef(?:en)?`, role: 'CEO', afterOrganization: true },
    { cue: String.raw`(?:med)?gründer|(?:med)?grunnlegger`, role: 'founder' },
    { cue: String.raw`styreleder|styreformann`, role: 'chair' },
    { cue: String.raw`president`, role: 'president' },
    { cue: String.raw`(?:film)?regissør(?:en)?`, role: 'director' },
    { cue: String.raw`produsent(?:en)?`, role: 'producer' },
    { cue: String.raw`(?:presse)?talsperson(?:en)?|talsmann(?:en)?|talskvinne(?:n)?|pressesjef(?:en)?`, role: 'spokesperson' },
    { cue: String.raw`(?:medie|bransje)?analytiker(?:en)?`, role: 'analyst' },
    { cue: String.raw`(?:kultur|finans|nærings|utenriks|stats)?minister|statsråd`, role: 'minister' },
    { cue: String.raw`forfatter(?:en)?`, role: 'author' },
    { cue: String.raw`direktør(?:en)?|finansdirektør(?:en)?|skuespiller(?:en)?|manusforfatter(?:en)?|journalist(?:en)?|(?:sjef)?redaktør(?:en)?|professor|trener(?:en)?|programleder(?:en)?` },
  ],
  roleOf: ['i', 'hos', 'for', 'ved'],
  placePrepositions: ['i', 'fra', 'til', 'på'],
  articles: ['en', 'et'],
  byline: ['Av'],
  and: ['og', '&'],
  reportingVerbs: ['sa', 'sier', 'understreket', 'understreker', 'uttalte', 'forteller', 'fortalte', 'mener', 'påpeker', 'påpekte', 'forklarer', 'forklarte', 'advarer', 'skrev'],
  afterSpeaker: ['at', 'i', 'på', 'til', 'under', 'etter', 'da', 'som', 'og', 'ved', 'overfor', 'om', 'for', 'fra'],
  notNames: new Set([
    'Den', 'Det', 'De', 'En', 'Et', 'Ei', 'Han', 'Hun', 'Vi', 'Jeg', 'Du', 'Dette', 'Denne', 'Disse', 'Hans',
    'Hennes', 'Deres', 'I', 'På', 'Med', 'For', 'Og', 'Men', 'Som', 'Etter', 'Før', 'Ifølge', 'Når', 'Mandag',
    'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag',
  ]),
  maxNameWords: 3,
};
