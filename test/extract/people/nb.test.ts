import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (nb)', () => {
  peopleCorpus(
    'nb',
    [
      ['Ifølge toppsjef Greg Peters vil reklameinntektene doble seg.', [['Greg Peters', 'CEO']]],
      ['– Vi erstatter ingen kunstnere, sier Ola Nordmann.', [['Ola Nordmann', undefined]]],
      ['Av Kari Nordmann\nStrømmetjenesten la frem tallene tirsdag.', [['Kari Nordmann', 'author']]],
      ['Administrerende direktør Hanne Berg sier at selskapet vokser.', [['Hanne Berg', 'CEO']]],
      ['Konsernsjef Kristian Ruud varslet kutt i staben.', [['Kristian Ruud', 'CEO']]],
      ['Kulturminister Lubna Jaffery vil regulere bruken av KI.', [['Lubna Jaffery', 'minister']]],
      ['Regissør Joachim Trier er skeptisk til teknologien.', [['Joachim Trier', 'director']]],
      // A direktør heads a company or an institution, not a film.
      ['Det opplyser direktør Liv Haugland til avisen.', [['Liv Haugland', undefined]]],
      ['Produsent Maria Ekerhovd mener debatten er viktig.', [['Maria Ekerhovd', 'producer']]],
      ['Pressetalsperson Anne Lie bekrefter saken overfor NTB.', [['Anne Lie', 'spokesperson']]],
      ['Medieanalytiker Jens Olsen tror på videre vekst.', [['Jens Olsen', 'analyst']]],
      ['Marit Hansen, styreleder i Norsk filminstitutt, ønsker klarere regler.', [['Marit Hansen', 'chair']]],
      ['Netflix-sjef Ted Sarandos besøkte Oslo i helgen.', [['Ted Sarandos', 'CEO']]],
      ['Medgründer Reed Hastings trakk seg fra styret.', [['Reed Hastings', 'founder']]],
      ['I et intervju understreket Ted Sarandos at AI er et verktøy.', [['Ted Sarandos', undefined]]],
      ['Det mener regissøren Joachim Trier.', [['Joachim Trier', 'director']]],
    ],
    [
      'I et intervju understreket Sarandos at AI er et verktøy.',
      'Ifølge selskapet er resultatet sterkt.',
      'Hun sier at det er for tidlig å si noe.',
      'Av alle seriene var Squid Game den mest sette.',
      'Sarandos ser på AI som et verktøy.',
      'Fagforeninger advarer om at teknologien fortrenger faglærte roller.',
    ],
  );
});
