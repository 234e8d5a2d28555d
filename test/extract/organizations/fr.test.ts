import { describe } from 'vitest';
import { organizationCorpus } from './corpus.js';

describe('organizations (fr)', () => {
  organizationCorpus(
    'fr',
    [
      ["Selon l'AFP, le tournage a été interrompu.", [['AFP', 'agence-france-presse']]],
      ['Le réalisateur lors de la présentation à Cannes.\nPhoto : AFP', [['AFP', 'agence-france-presse']]],
      ['L’Académie des César a dévoilé sa liste de nommés.', [['Académie des César', 'cesar-academy']]],
      ["L'Académie des Goya a restreint l'usage de l'IA.", [['Académie des Goya', 'goya-academy']]],
      ["Des chercheurs de l'Université Paris-Saclay ont analysé les images.", [['Université Paris-Saclay', 'paris-saclay-university']]],
      ['Le syndicat CGT appelle à la grève dans le secteur.', [['CGT', 'cgt']]],
      ['La société Mikros Animation SAS a été rachetée.', [['Mikros Animation SAS', 'mikros-animation']]],
      ["Le quotidien Le Monde a révélé l'affaire.", [['Le Monde', 'monde']]],
      ['La chaîne TF1 et France Télévisions ont signé un accord.', [['TF1', 'tf1'], ['France Télévisions', 'france-televisions']]],
      ['Le studio Mac Guff a travaillé sur les effets visuels.', [['Mac Guff', 'mac-guff']]],
      ['Gaumont et Pathé ont annoncé leurs résultats annuels.', [['Gaumont', 'gaumont'], ['Pathé', 'pathe']]],
      ['Les Echos rapportent que Canal+ négocie avec Netflix.', [['Les Echos', 'echos'], ['Canal+', 'canal-plus'], ['Netflix', 'netflix']]],
      ["D'après Deadline, Amazon MGM Studios a acquis les droits.", [['Deadline', 'deadline'], ['Amazon MGM Studios', 'amazon']]],
      ['Le Festival du film de Dinard a dévoilé sa sélection.', [['Festival du film de Dinard', 'film-de-dinard-festival']]],
      ["L'Hôpital Foch utilise déjà ce logiciel.", [['Hôpital Foch', 'foch-hospital']]],
      ['Julie Martin, analyste chez Oddo BHF, reste prudente.', [['Oddo BHF', 'oddo-bhf']]],
      ['Le projet a été confié à Mikros, un studio parisien, en 2024.', [['Mikros', 'mikros']]],
    ],
    [
      'La série El Eternauta a été tournée à Buenos Aires.',
      "Les grèves d'Hollywood ont paralysé les tournages.",
      "L'IA générative inquiète les scénaristes.",
      'Le documentaire What Jennifer Did a suscité la polémique.',
      "Libération de l'otage : les négociations ont abouti.",
      'Le réalisateur sur le tournage.\nPhoto : Marie Dubois',
    ],
  );
});
