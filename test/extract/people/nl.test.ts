import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (nl)', () => {
  peopleCorpus(
    'nl',
    [
      ['Topman Greg Peters verwacht meer inkomsten uit advertenties.', [['Greg Peters', 'CEO']]],
      ['“We vervangen geen makers,” zei Pieter de Vries.', [['Pieter de Vries', undefined]]],
      ['Door Jan Jansen\nDe streamingdienst maakte de cijfers dinsdag bekend.', [['Jan Jansen', 'author']]],
      ['Bestuursvoorzitter Anna de Boer maakte de cijfers bekend.', [['Anna de Boer', 'CEO']]],
      // A directeur heads an organization; a regisseur directs films (below).
      ['Volgens directeur Sanne Bakker is het project rendabel.', [['Sanne Bakker', undefined]]],
      ['Regisseur Paul Verhoeven is kritisch over AI.', [['Paul Verhoeven', 'director']]],
      ['Woordvoerder Mark Visser bevestigde het nieuws.', [['Mark Visser', 'spokesperson']]],
      ['Cultuurminister Eppo Bruins wil regels voor het gebruik van AI.', [['Eppo Bruins', 'minister']]],
      ['Medeoprichter Reed Hastings trad vorig jaar terug.', [['Reed Hastings', 'founder']]],
      ['Marieke van Dam, voorzitter van de filmacademie, is blij met de regels.', [['Marieke van Dam', 'chair']]],
      ['Analist Jeroen Smit verwacht dat de aandelen stijgen.', [['Jeroen Smit', 'analyst']]],
      ['“Het vergt nog steeds een groot kunstenaar”, zegt producent Els Vandevorst.', [['Els Vandevorst', 'producer']]],
      ['Netflix-baas Ted Sarandos houdt een slag om de arm.', [['Ted Sarandos', 'CEO']]],
      ['Het blijft een hulpmiddel, aldus Sanne de Wit.', [['Sanne de Wit', undefined]]],
      ['Hoofdredacteur Pieter Klok reageerde verrast.', [['Pieter Klok', undefined]]],
    ],
    [
      'Volgens de topman is het bedrijf zeer goed gepositioneerd.',
      'Sarandos noemde het resultaat verbluffend.',
      '“Het werkt,” zei hij begin deze zomer.',
      'De regisseur van The Eternaut werkte samen met het VFX-team.',
      'Door de opkomst van AI verandert de sector snel.',
      'Lees meer over Netflix en mis niets met de Bright-app.',
    ],
  );
});
