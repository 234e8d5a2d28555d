import type { ProblemsText } from '../sections/problems.js';

/** French sets a no-break space before : and ; and inside « ». */
const NB = '\u00a0';

export const problems: ProblemsText = {
  notFound: 'fichier ou dossier introuvable',
  unreadable: (why) => `lecture impossible (${why})`,
  permissionDenied: 'permission refusée',
  empty: 'le fichier est vide',
  whitespace: 'le fichier ne contient que des espaces',
  binary: 'c’est un fichier binaire, pas du texte',
  invalidUtf8: 'le texte n’est pas en UTF-8 valide (enregistrez-le en UTF-8)',
  tooLarge: (mib) => `le fichier est trop volumineux pour un article (plus de ${mib}${NB}Mio)`,
  folderTooBig: (max) => `le dossier contient plus de ${max} fichiers d’articles${NB}; rien n’y a été lu (indiquez un dossier plus petit)`,
  tooManyFiles: (max, more) =>
    `au plus ${max} fichiers d’articles sont lus à la fois${NB}; ${more ? `celui-ci et ${more} autres ont été ignorés` : 'celui-ci a été ignoré'}`,
  noArticleFiles: (extensions) => `aucun fichier d’article dans ce dossier (${extensions})`,
  symlinkLoop: 'un lien symbolique forme une boucle infinie',
  notAFile: 'ce n’est pas un fichier ordinaire',
  noText: 'le fichier a un en-tête, mais pas de texte d’article',
  unsupportedLanguage: (guess, supported) =>
    `la langue n’est pas prise en charge${guess ? ` (le texte semble écrit en ${guess})` : ''}${NB}; langues prises en charge${NB}: ${supported}`,
  uncertainLanguage: (first, second, supported) =>
    `impossible de déterminer la langue avec certitude (${first} ou ${second})${NB}; ajoutez à l’en-tête la ligne «${NB}language: xx${NB}» (${supported})`,
  tooShort: (supported) =>
    `le texte est trop court pour en reconnaître la langue${NB}; ajoutez à l’en-tête la ligne «${NB}language: xx${NB}» (${supported})`,
  noArticleLoaded: 'aucun article n’a pu être chargé',
  noQuestions: `aucune question n’a pu être créée${NB}: les articles donnent trop peu de faits dont la réponse est certaine`,
  header: {
    unknownField: (field) => `champ inconnu ${field} dans l’en-tête (ignoré)`,
    malformedLine: (line) => `la ligne ${line} de l’en-tête n’a pas la forme «${NB}clé: valeur${NB}» (ignorée)`,
    repeatedField: (field) => `le champ ${field} figure deux fois dans l’en-tête (la dernière valeur compte)`,
    unsupportedLanguage: (value) => `la langue ${value} de l’en-tête n’est pas prise en charge (la langue est détectée d’après le texte)`,
    notClosed: (lines) => `l’en-tête n’est pas fermé par une ligne «${NB}---${NB}» dans les ${lines} premières lignes (il est lu comme texte de l’article)`,
  },
};
