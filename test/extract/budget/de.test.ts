import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'de',
  [
    ['Die Szene wäre im Rahmen des Budgets nicht machbar gewesen.', 'im Rahmen des Budgets nicht machbar'],
    ['Ohne KI wäre der Effekt budgettechnisch nicht realisierbar gewesen.', 'budgettechnisch nicht realisierbar'],
    ['Eine solche Sequenz wäre mit dem Budget einer deutschen Serie unbezahlbar.', 'mit dem Budget einer deutschen Serie unbezahlbar'],
    ['Das hätte jedes Budget gesprengt, sagte der Produzent.', 'hätte jedes Budget gesprengt'],
    ['Die Bilder wurden zu einem Bruchteil der Kosten erzeugt.', 'zu einem Bruchteil der Kosten'],
    ['Innerhalb des Etats wäre so eine Szene unmöglich gewesen.', 'Innerhalb des Etats wäre so eine Szene unmöglich'],
    ['Für eine Produktion mit diesem Budget wäre das nicht finanzierbar gewesen.', 'mit diesem Budget wäre das nicht finanzierbar'],
    ['Budgetmäßig war die Explosion schlicht nicht drin.', 'Budgetmäßig war die Explosion schlicht nicht drin'],
    ['Die Kulissen wären im Rahmen des Produktionsbudgets viel zu teuer gewesen.', 'im Rahmen des Produktionsbudgets viel zu teuer'],
    ['Das hätten wir uns mit unserem Etat nie leisten können.', 'mit unserem Etat nie leisten'],
    ['Vom Budget her war das Projekt nicht umsetzbar.', 'Vom Budget her war das Projekt nicht umsetzbar'],
    ['Die Szene wäre nicht im Rahmen des Budgets möglich gewesen.', 'nicht im Rahmen des Budgets möglich'],
    ['Das Studio produzierte die Folge für einen Bruchteil des Budgets.', 'für einen Bruchteil des Budgets'],
    ['Mit einem TV-Budget wäre das „unerreichbar“ gewesen.', 'Mit einem TV-Budget wäre das „unerreichbar“'],
  ],
  [
    'Das Budget wurde am Dienstag genehmigt.',
    'Der Film hatte ein Budget von fünf Millionen Euro.',
    'Früher hatten nur Projekte mit großem Budget Zugang zu solchen Effekten.',
    'Die KI ermöglicht Effekte auch in Low-Budget-Filmen.',
    'Die Budgetkürzungen treffen die Redaktion hart.',
    'Es ist nicht klar, ob das Budget reicht.',
    'Es war nicht möglich, das Budget rechtzeitig zu verabschieden.',
    'Die Szene wurde im Rahmen des Budgets fertiggestellt.',
    'Die Ware ist zu einem Bruchteil der Kosten erhältlich.',
  ],
);
