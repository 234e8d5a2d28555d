import { describe } from 'vitest';
import { peopleCorpus } from './corpus.js';

describe('people (en)', () => {
  peopleCorpus(
    'en',
    [
      ['Netflix co-CEO Ted Sarandos said the company would keep investing.', [['Ted Sarandos', 'co-CEO']]],
      ['“We are not replacing artists,” said Jane Doe, who runs the studio.', [['Jane Doe', undefined]]],
      ['By Jane Doe and John Roe\nThe studio confirmed the cuts on Monday.', [['Jane Doe', 'author'], ['John Roe', 'author']]],
      ['Chief executive Greg Peters told analysts that advertising would grow.', [['Greg Peters', 'CEO']]],
      ['Kathleen Kennedy, president of Lucasfilm, announced her departure.', [['Kathleen Kennedy', 'president']]],
      ['Director Pedro Almodóvar criticised the use of AI in cinema.', [['Pedro Almodóvar', 'director']]],
      // A managing or artistic director heads a company or a theatre, not a film.
      ['Managing director Sarah Lund said the studio would hire.', [['Sarah Lund', undefined]]],
      ['The theatre’s artistic director, Tom Hale, chose the play.', [['Tom Hale', undefined]]],
      ['Executive director Maria Lopez announced the festival programme.', [['Maria Lopez', undefined]]],
      ['The BBC’s director-general, Tim Davie, defended the licence fee.', [['Tim Davie', undefined]]],
      ['Industry analyst Rich Greenfield expects more cuts this year.', [['Rich Greenfield', 'analyst']]],
      ['Culture Minister Lisa Nandy met studio executives in London.', [['Lisa Nandy', 'minister']]],
      [
        'Co-CEO Ted Sarandos spoke first. “It took a tenth of the time,” said Sarandos.',
        [['Ted Sarandos', 'co-CEO'], ['Ted Sarandos', undefined]],
      ],
      ['The spokeswoman Maria Lopez declined to comment.', [['Maria Lopez', 'spokesperson']]],
      ['Reed Hastings, the co-founder of Netflix, stepped down as chairman.', [['Reed Hastings', 'founder']]],
      ['Executive producer Shonda Rhimes signed a new overall deal.', [['Shonda Rhimes', 'producer']]],
      ['“This changes everything,” says Anna Schmidt.', [['Anna Schmidt', undefined]]],
      ['The chief executive of Netflix, Ted Sarandos, called the results strong.', [['Ted Sarandos', 'CEO']]],
      ['“It is only a tool,” said Bong Joon-ho in Seoul.', [['Bong Joon-ho', undefined]]],
      ['“The board backed the plan,” its president, Maria Gomez, said.', [['Maria Gomez', 'president']]],
      ['CFO Spencer Neumann said costs would fall next year.', [['Spencer Neumann', undefined]]],
      ['According to Jane Doe, CEO of Acme Inc., sales rose.', [['Jane Doe', 'CEO']]],
    ],
    [
      '“The results were strong,” said the company.',
      'Squid Game and What Jennifer Did were among the most-watched titles.',
      'The CEO said the company would keep investing.',
      '“We are proud of the show,” said Netflix in a statement.',
      'By the end of the year the studio had cut 200 jobs.',
      'Sarandos said the scene was finished ten times faster.',
      'The director of El Eternauta shot the series in Buenos Aires.',
      '“It looks real,” said Squid Game fans online.',
      'Star Wars Outlaws sold poorly in its first month.',
      '“We will appeal,” said Real Madrid.',
      'The meeting took place in Los Angeles, the president said.',
      'In Los Angeles, the president of SAG-AFTRA said the strike was over.',
    ],
  );
});
