import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (fr)', () => {
  peopleCorpus(
    'fr',
    [
      ['Le PDG Ted Sarandos a salué les résultats du trimestre.', [['Ted Sarandos', 'CEO']]],
      ['« Nous ne remplaçons pas les artistes », a déclaré Marie Dubois.', [['Marie Dubois', undefined]]],
      ['Par Julien Moreau\nLa plateforme a publié ses résultats mardi.', [['Julien Moreau', 'author']]],
      ["La réalisatrice Céline Sciamma s'inquiète des usages de l'IA.", [['Céline Sciamma', 'director']]],
      ['Le producteur Thomas Langmann défend le projet.', [['Thomas Langmann', 'producer']]],
      ['La ministre de la Culture, Rachida Dati, a réagi mardi.', [['Rachida Dati', 'minister']]],
      ['Le porte-parole du groupe, Paul Martin, a confirmé l’information.', [['Paul Martin', 'spokesperson']]],
      ["L'analyste Sophie Bernard prévoit une hausse des abonnements.", [['Sophie Bernard', 'analyst']]],
      ['Antoine Durand, président de la société, a démissionné.', [['Antoine Durand', 'president']]],
      ['Le cofondateur Reed Hastings a quitté le conseil.', [['Reed Hastings', 'founder']]],
      ['Le co-PDG Greg Peters a présenté les chiffres aux analystes.', [['Greg Peters', 'co-CEO']]],
      ["« C'est un outil », explique Claire Petit.", [['Claire Petit', undefined]]],
      // A directeur heads an institution: no role of ours says that (réalisateur would be false).
      ['Le directeur général de Canal+, Maxime Saada, a annoncé un accord.', [['Maxime Saada', undefined]]],
      ['Selon sa directrice, Hélène Lafont, la fréquentation a progressé.', [['Hélène Lafont', undefined]]],
      ["Jean Dupont, PDG de Gaumont, a confirmé l'accord.", [['Jean Dupont', 'CEO']]],
      ['Le grand prix est revenu au réalisateur belge Lukas Dhont.', [['Lukas Dhont', 'director']]],
    ],
    [
      'Selon le PDG, la scène a été réalisée dix fois plus vite.',
      '« Ça marche », a déclaré la plateforme dans un communiqué.',
      "Par ailleurs, Netflix teste l'IA dans d'autres projets.",
      'Sarandos a qualifié le résultat de stupéfiant.',
      'La série El Eternauta se déroule à Buenos Aires.',
      'Le réalisateur de What Jennifer Did a nié toute retouche.',
    ],
  );
});
