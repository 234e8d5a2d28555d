import { budgetCorpus } from './corpus.js';

budgetCorpus(
  'fr',
  [
    ["Selon le réalisateur, la scène n'aurait pas été possible dans le cadre du budget de la série.", "n'aurait pas été possible dans le cadre du budget"],
    ['Sans l’IA, cet effet aurait été impossible avec le budget de la série.', 'impossible avec le budget'],
    ['Budgétairement, une telle séquence était irréalisable.', 'Budgétairement, une telle séquence était irréalisable'],
    ['Les images ont été produites pour une fraction du coût.', 'pour une fraction du coût'],
    ['Cela aurait fait exploser le budget de n’importe quelle série.', 'aurait fait exploser le budget'],
    ['Une telle scène était hors de portée pour une production avec ce budget.', 'hors de portée pour une production avec ce budget'],
    ['Dans les limites du budget, cette scène était infaisable.', 'Dans les limites du budget, cette scène était infaisable'],
    ["Avec notre budget, nous n'aurions jamais pu nous le permettre.", "Avec notre budget, nous n'aurions jamais pu nous le permettre"],
    ['Le décor était bien trop cher pour le budget du film.', 'trop cher pour le budget'],
    ["La séquence n'était pas réalisable sur le plan budgétaire.", "n'était pas réalisable sur le plan budgétaire"],
    ['Ce plan dépasserait le budget de toute la saison.', 'dépasserait le budget'],
    ["Le studio a réalisé l'animation pour une fraction du budget habituel.", 'pour une fraction du budget'],
    ['Ce genre d’effet reste inabordable pour une série au budget modeste.', 'inabordable pour une série au budget'],
    ["Sans mécène, ce décor n'aurait jamais tenu dans le budget de la série.", "n'aurait jamais tenu dans le budget"],
  ],
  [
    'Le budget a été voté mardi.',
    'Le film disposait d’un budget de cinq millions d’euros.',
    'Autrefois, seuls les projets à gros budget avaient accès à ces effets.',
    'Les coupes budgétaires frappent la rédaction.',
    "Il n'a pas été possible d'adopter le budget à temps.",
    "Il est impossible de l'inscrire dans le budget.",
    'Les téléphones sont vendus pour une fraction du coût.',
    'Le festival a tenu son budget cette année.',
  ],
);
