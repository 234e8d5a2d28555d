import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (nb)', () => {
  sourceCorpus(
    'nb',
    [
      ['Ifølge NRK er avtalen i boks.', ['NRK']],
      ['Det melder NTB sent torsdag kveld.', ['NTB']],
      ['VG skriver at serien er avlyst.', ['VG']],
      ['Ifølge Dagens Næringsliv vurderer selskapet et salg.', ['Dagens Næringsliv']],
      ['Partene har ikke kommentert saken.\nKilde: NTB', ['NTB']],
      ['Aftenposten meldte i går at innspillingen er utsatt.', ['Aftenposten']],
      ['OSLO (NTB): Regjeringen vil regulere bruken av KI i filmbransjen.', ['NTB']],
      ['Ifølge Bloomberg planlegger selskapet store kutt.', ['Bloomberg']],
      ['Det skriver nyhetsbyrået Reuters.', ['Reuters']],
      ['Ifølge Goya-akademiet gjelder reglene fra neste år.', ['Goya-akademiet']],
      ['E24 rapporterer at aksjen falt kraftig.', ['E24']],
      ['Ifølge Universitetet i Oslo er funnene solide.', ['Universitetet i Oslo']],
    ],
    [
      'Ifølge co-CEO Ted Sarandos var løsningen ti ganger raskere.',
      'Ifølge selskapet var scenen uoppnåelig innenfor budsjettet.',
      'Netflix melder om sterke resultater i andre kvartal.',
      'Et bilde fra serien. Kilde: Netflix',
      'Ifølge Netflix-sjef Ted Sarandos er AI et verktøy.',
      'Ifølge eksperter er dette bare begynnelsen.',
    ],
  );
});
