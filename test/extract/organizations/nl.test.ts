import { describe } from 'vitest';
import { organizationCorpus } from './corpus.js';

describe('organizations (nl)', () => {
  organizationCorpus(
    'nl',
    [
      ['Volgens persbureau ANP zijn de onderhandelingen vastgelopen.', [['ANP', 'anp']]],
      ['De omroep NOS zendt de uitreiking live uit.', [['NOS', 'nos']]],
      ['Het Amsterdamse bedrijf Lumina Studios levert de effecten voor de serie.', [['Lumina Studios', 'lumina']]],
      ['De Goya-academie in Madrid heeft nieuwe regels opgesteld.', [['Goya-academie', 'goya-academy']]],
      [
        'Onderzoekers van de Universiteit van Amsterdam bestudeerden de beelden.',
        [['Universiteit van Amsterdam', 'amsterdam-university']],
      ],
      ['De acteur tijdens de première in Madrid.\nFoto: ANP/EFE', [['ANP', 'anp'], ['EFE', 'efe']]],
      ['Vakbond FNV wil afspraken over het gebruik van AI.', [['FNV', 'fnv']]],
      ['Met de komst van OpenAI’s Sora 2 verandert er veel voor makers.', [['OpenAI', 'openai']]],
      ['Het Hilversumse productiehuis Talpa werkt aan een nieuw programma.', [['Talpa', 'talpa']]],
      ['Volgens de curator heeft Brightline B.V. faillissement aangevraagd.', [['Brightline B.V.', 'brightline']]],
      ['De krant NRC onthulde de plannen als eerste.', [['NRC', 'nrc']]],
      ['Volgens RTL Nieuws stopt de streamingdienst Videoland met de serie.', [['RTL Nieuws', 'rtl'], ['Videoland', 'videoland']]],
      ['Tweakers schreef eerder over de plannen van Apple.', [['Tweakers', 'tweakers'], ['Apple', 'apple']]],
      ['Het Maasstad Ziekenhuis in Rotterdam test de software.', [['Maasstad Ziekenhuis', 'maasstad-hospital']]],
      [
        'De Nederlandse Vereniging van Journalisten is kritisch.',
        [['Nederlandse Vereniging van Journalisten', 'nederlandse-vereniging-van-journalisten']],
      ],
      ['Lisa de Wit, analist bij Degroof Petercam, verwacht een overname.', [['Degroof Petercam', 'degroof-petercam']]],
      ['Pixelfabriek, een studio uit Utrecht, maakte de effecten.', [['Pixelfabriek', 'pixelfabriek']]],
    ],
    [
      'Lees meer over AI en mis niets met de Bright-app.',
      'In de Argentijnse serie The Eternaut stort een gebouw in Buenos Aires in.',
      'Zorgen in Hollywood',
      'De streamingdienst heeft zijn eerste AI-scène al geproduceerd.',
      'Acteurs en scenaristen vrezen voor hun werk in de VFX-sector.',
      'Squid Game blijft de populairste serie van het jaar.',
    ],
  );
});
