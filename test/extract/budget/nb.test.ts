import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'nb',
  [
    ['Scenen ville vært uoppnåelig innenfor seriens budsjett.', 'uoppnåelig innenfor seriens budsjett'],
    ['Effekten var ikke mulig innenfor budsjettrammene.', 'ikke mulig innenfor budsjettrammene'],
    ['Med et norsk TV-budsjett hadde det vært umulig.', 'Med et norsk TV-budsjett hadde det vært umulig'],
    ['Det hadde ikke vært økonomisk mulig innenfor budsjettet.', 'ikke vært økonomisk mulig innenfor budsjettet'],
    ['Budsjettmessig var det ikke gjennomførbart.', 'Budsjettmessig var det ikke gjennomførbart'],
    ['Scenen ble laget til en brøkdel av kostnaden.', 'til en brøkdel av kostnaden'],
    ['Det ville ha sprengt budsjettet, sier produsenten.', 'ville ha sprengt budsjettet'],
    ['Vi hadde aldri hatt råd til det med det budsjettet.', 'aldri hatt råd til det med det budsjettet'],
    ['Slike effekter er altfor dyre for en serie med vårt budsjett.', 'altfor dyre for en serie med vårt budsjett'],
    ['Innenfor budsjettet var det umulig å bygge kulissene.', 'Innenfor budsjettet var det umulig'],
    ['Prosjektet var urealistisk innenfor rammen av budsjettet.', 'urealistisk innenfor rammen av budsjettet'],
    ['Animasjonen ble produsert for en brøkdel av budsjettet.', 'for en brøkdel av budsjettet'],
    ['Det ville ikke vært mulig for en produksjon med det budsjettet.', 'ikke vært mulig for en produksjon med det budsjettet'],
  ],
  [
    'Budsjettet ble vedtatt tirsdag.',
    'Filmen hadde et budsjett på fem millioner kroner.',
    'Før var det bare prosjekter med store budsjetter som hadde tilgang til slike effekter.',
    'Budsjettkuttene rammer redaksjonen hardt.',
    'Det var ikke mulig å vedta budsjettet i tide.',
    'AI gjør effektene mulige også i filmer med lavere budsjett.',
    'Telefonene selges for en brøkdel av kostnaden.',
    'Det er ikke mulig å få det inn i budsjettet.',
  ],
);
