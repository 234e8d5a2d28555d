import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'nl',
  [
    ['Zonder AI was de scène binnen het budget van de serie onhaalbaar geweest.', 'binnen het budget van de serie onhaalbaar'],
    ['Zo’n effect is met dit budget niet betaalbaar.', 'met dit budget niet betaalbaar'],
    ['De explosie was budgettair niet haalbaar geweest.', 'budgettair niet haalbaar'],
    ['De beelden werden gemaakt voor een fractie van de kosten.', 'voor een fractie van de kosten'],
    ['Dat zou het budget ver te boven gaan, zei de regisseur.', 'zou het budget ver te boven gaan'],
    ['Binnen de begroting was zo’n scène onmogelijk.', 'Binnen de begroting was zo’n scène onmogelijk'],
    ['Voor een productie met dat budget was het effect veel te duur.', 'met dat budget was het effect veel te duur'],
    ['Het decor zou binnen het productiebudget nooit haalbaar zijn geweest.', 'binnen het productiebudget nooit haalbaar'],
    ['De scène was met het beschikbare budget niet te realiseren.', 'met het beschikbare budget niet te realiseren'],
    ['Met ons budget was dit nooit mogelijk geweest.', 'Met ons budget was dit nooit mogelijk'],
    ['De studio produceerde de reeks voor een fractie van het budget.', 'voor een fractie van het budget'],
    ['Dat was binnen de budgetten van een kleine zender onbetaalbaar.', 'binnen de budgetten van een kleine zender onbetaalbaar'],
    ['Zulke effecten zijn onmogelijk binnen het budget van een documentaire.', 'onmogelijk binnen het budget'],
    ['Zonder sponsor had de film nooit binnen het budget van de omroep gepast.', 'nooit binnen het budget van de omroep gepast'],
  ],
  [
    'Het budget werd dinsdag goedgekeurd.',
    'De film had een budget van vijf miljoen euro.',
    'Vroeger hadden alleen projecten met een groot budget toegang tot zulke effecten.',
    'De budgetten zijn krap.',
    'Het was niet mogelijk om het budget op tijd goed te keuren.',
    'Lowbudgetfilms krijgen zelden aandacht.',
    'De telefoons zijn te koop voor een fractie van de kosten.',
    'Het is niet mogelijk om dat in het budget op te nemen.',
    'Het project is netjes binnen het budget gebleven.',
  ],
);
