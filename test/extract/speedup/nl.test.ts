import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'nl',
  [
    ['De nieuwe processor is tien keer sneller dan zijn voorganger.', 10, 'tien keer sneller'],
    ['Volgens de makers werkt de app twee keer zo snel.', 2, 'twee keer zo snel'],
    ['De scène werd 10 keer sneller afgerond dan met traditionele methoden.', 10, '10 keer sneller'],
    ['Het nieuwe netwerk is vijfmaal sneller.', 5, 'vijfmaal sneller'],
    ['De trein rijdt dubbel zo snel als de bus.', 2, 'dubbel zo snel'],
    ['Het team leverde de beelden in een tiende van de tijd.', 10, 'in een tiende van de tijd'],
    ['Met AI was het werk in de helft van de tijd klaar.', 2, 'in de helft van de tijd'],
    ['De software verwerkt aanvragen 3x sneller.', 3, '3x sneller'],
    ['De chip rekent twintig maal sneller dan de concurrent.', 20, 'twintig maal sneller'],
    ['Onderzoekers zeggen dat het model drie keer zo vlug leert.', 3, 'drie keer zo vlug'],
    ['De printer werkt nu met dubbele snelheid.', 2, 'dubbele snelheid'],
    ['De klus was in de halve tijd geklaard.', 2, 'in de halve tijd'],
    ['Het systeem is 1,5 keer sneller dan vorig jaar.', 1.5, '1,5 keer sneller'],
    ['Het is niet alleen tien keer sneller, maar ook goedkoper.', 10, 'tien keer sneller'],
  ],
  [
    'De serie telt 10 afleveringen.',
    'Hij sport drie keer per week.',
    'Het origineel is tien keer duurder.',
    'De kamer is 2x2 meter.',
    'Ik heb die film tien keer gezien.',
    'De nieuwe versie is niet tien keer sneller, zoals beweerd.',
    'De chips zijn vijf tot tien keer sneller.',
    'In 2023 werden de treinen sneller.',
  ],
);
