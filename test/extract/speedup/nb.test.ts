import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'nb',
  [
    ['Ifølge selskapet er den nye brikken ti ganger raskere enn forgjengeren.', 10, 'ti ganger raskere'],
    ['Den nye løsningen er dobbelt så rask som den gamle.', 2, 'dobbelt så rask'],
    ['Scenen ble laget 10 ganger raskere med kunstig intelligens.', 10, '10 ganger raskere'],
    ['Toget kjører nå tre ganger så fort som før.', 3, 'tre ganger så fort'],
    ['Programmet regner fem ganger kjappere enn konkurrenten.', 5, 'fem ganger kjappere'],
    ['Med det nye verktøyet ble jobben gjort på en tidel av tiden.', 10, 'på en tidel av tiden'],
    ['Laget fullførte arbeidet på halve tiden.', 2, 'på halve tiden'],
    ['Maskinen jobber med dobbel hastighet.', 2, 'dobbel hastighet'],
    ['Nettet er tjue ganger hurtigere enn i fjor.', 20, 'tjue ganger hurtigere'],
    ['Systemet leverer svar 4x raskere.', 4, '4x raskere'],
    ['Effekten ble ferdig på en fjerdedel av den vanlige tiden.', 4, 'på en fjerdedel av den vanlige tiden'],
    ['Appen er 1,5 ganger raskere enn før.', 1.5, '1,5 ganger raskere'],
    ['Løsningen var ikke bare ti ganger raskere, men også billigere.', 10, 'ti ganger raskere'],
    ['Serveren svarer to ganger så raskt.', 2, 'to ganger så raskt'],
    ['Bildene ble behandlet med tidobbel hastighet.', 10, 'tidobbel hastighet'],
  ],
  [
    'Serien har 10 episoder.',
    'Hun trener tre ganger i uken.',
    'Originalen er ti ganger dyrere.',
    'Rommet er 2x2 meter.',
    'Jeg har sett filmen ti ganger.',
    'Den nye versjonen er ikke ti ganger raskere, slik det ble hevdet.',
    'Brikkene er fem til ti ganger raskere.',
    'I 2023 ble togene raskere.',
  ],
);
