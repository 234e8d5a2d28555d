import { speedupCorpus } from './corpus.js';

speedupCorpus(
  'fr',
  [
    ["Selon l'entreprise, la nouvelle puce est dix fois plus rapide que la précédente.", 10, 'dix fois plus rapide'],
    ['La scène a été réalisée 10 fois plus vite qu’avec les outils classiques.', 10, '10 fois plus vite'],
    ['Le nouveau train roule deux fois plus vite.', 2, 'deux fois plus vite'],
    ["L'équipe a livré les images en un dixième du temps.", 10, 'en un dixième du temps'],
    ['Le montage a été bouclé en dix fois moins de temps.', 10, 'en dix fois moins de temps'],
    ["Grâce à l'IA, le travail a pris moitié moins de temps.", 2, 'moitié moins de temps'],
    ['Le logiciel traite les données cinq fois plus rapidement.', 5, 'cinq fois plus rapidement'],
    ['Le réseau fonctionne à une vitesse vingt fois supérieure.', 20, 'vitesse vingt fois supérieure'],
    ['Le modèle apprend 3x plus vite que la version précédente.', 3, '3x plus vite'],
    ['Les effets ont été produits en un quart du temps habituel.', 4, 'en un quart du temps'],
    ["Les batteries se rechargent trois fois plus vite qu'avant.", 3, 'trois fois plus vite'],
    ['Le processeur est 1,5 fois plus rapide.', 1.5, '1,5 fois plus rapide'],
    ["L'outil n'est pas seulement dix fois plus rapide, il est aussi moins cher.", 10, 'dix fois plus rapide'],
    ['Les rendus sont quatre fois plus rapides.', 4, 'quatre fois plus rapides'],
  ],
  [
    'La série compte 10 épisodes.',
    "Il s'entraîne trois fois par semaine.",
    "L'original est dix fois plus cher.",
    'La pièce mesure 2x2 mètres.',
    "J'ai vu ce film dix fois.",
    "Le nouveau modèle n'est pas dix fois plus rapide, contrairement aux annonces.",
    'Les puces sont cinq à dix fois plus rapides.',
    'En 2023, les trains sont devenus plus rapides.',
  ],
);
