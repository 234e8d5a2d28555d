import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (fr)', () => {
  sourceCorpus(
    'fr',
    [
      ['Selon Le Monde, la plateforme prépare une hausse de prix.', ['Le Monde']],
      ["D'après l'AFP, le tournage a repris lundi.", ['AFP']],
      ['Le Figaro rapporte que le studio a été vendu.', ['Le Figaro']],
      ["PARIS (AFP) - Le gouvernement veut encadrer l'usage de l'IA.", ['AFP']],
      ['Les syndicats n’ont pas réagi.\nSource : AFP', ['AFP']],
      ['Selon BFM TV, les négociations ont échoué.', ['BFM TV']],
      ["Mardi, Libération a révélé l'affaire.", ['Libération']],
      ["Selon l'Université de Lyon, l'étude est fiable.", ['Université de Lyon']],
      ["D'après Reuters, Netflix teste l'IA dans d'autres projets.", ['Reuters']],
      ["Selon France Télévisions, l'audience a doublé.", ['France Télévisions']],
      ["C'est ce qu'indique l'agence Reuters.", ['Reuters']],
      ['Selon le syndicat CGT, la grève est largement suivie.', ['CGT']],
    ],
    [
      "Selon le PDG Ted Sarandos, l'IA aide les créateurs.",
      'Selon le PDG de Netflix, Ted Sarandos, la scène a été réalisée dix fois plus vite.',
      "Netflix rapporte un chiffre d'affaires de 11 milliards de dollars.",
      'Une scène de la nouvelle série. Source : Netflix',
      'Selon les experts, la tendance va se poursuivre.',
      'Selon Marie Dubois, la série est un succès.',
    ],
  );
});
