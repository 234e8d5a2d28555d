/**
 * Articles written for these tests, one per language, each with hand-built
 * facts whose evidence points into it (so the summary is tested without the
 * extractors). Each states a speed-up, a budget statement, revenue with its
 * growth, profit, a person with a role, an organization and a source, and
 * names a work with its genre.
 */
import type { ArticleFacts, Lang } from '../../src/facts.js';
import { article, facts } from '../compare/build.js';

export const STORIES: Record<Lang, () => ArticleFacts> = {
  en: () => {
    const a = article(
      'Harbor Games speeds up work on Night Harbour\n' +
        'Harbor Games said on Tuesday that its new engine rendered the city scenes of the series Night Harbour five times faster than before. ' +
        "According to chief executive Mara Quinn, the studio's revenue rose to about $2.4 billion, an increase of 12% on the year. " +
        'Profit came in at $310 million. The project would have been impossible within the original budget, Quinn said. ' +
        'The figures were first reported by Bloomberg.',
      'en',
    );
    return facts(a)
      .org('Harbor Games', 'harbor-games', 0)
      .org('Harbor Games', 'harbor-games', 1)
      .speedup('five times faster', 5)
      .person('chief executive Mara Quinn', 'Mara Quinn', 'CEO')
      .money('about $2.4 billion', 2.4e9, 'USD', 'revenue', true)
      .percent('12%', 12, 'revenue-growth')
      .money('$310 million', 3.1e8, 'USD', 'profit')
      .budget('impossible within the original budget')
      .source('reported by Bloomberg', 'Bloomberg')
      .done();
  },
  de: () => {
    const a = article(
      'Nordlicht Studios beschleunigt die Produktion\n' +
        'Die Produktionsfirma Nordlicht Studios hat die Effekte für die Krimiserie "Dunkle Wasser" nach eigenen Angaben achtmal schneller fertiggestellt als geplant. ' +
        'Laut Sprecher Jonas Berger stieg der Umsatz im vergangenen Jahr auf rund 1,2 Milliarden Euro, ein Plus von 9 Prozent. ' +
        'Der Gewinn lag bei 85 Millionen Euro. Ohne die neue Technik wäre die Serie mit dem vorhandenen Budget nicht zu stemmen gewesen. ' +
        'Das berichtet die Deutsche Presse-Agentur.',
      'de',
    );
    return facts(a)
      .org('Nordlicht Studios', 'nordlicht-studios', 0)
      .org('Nordlicht Studios', 'nordlicht-studios', 1)
      .speedup('achtmal schneller', 8)
      .person('Sprecher Jonas Berger', 'Jonas Berger', 'spokesperson')
      .money('rund 1,2 Milliarden Euro', 1.2e9, 'EUR', 'revenue', true)
      .percent('9 Prozent', 9, 'revenue-growth')
      .money('85 Millionen Euro', 8.5e7, 'EUR', 'profit')
      .budget('mit dem vorhandenen Budget nicht zu stemmen')
      .source('berichtet die Deutsche Presse-Agentur', 'Deutsche Presse-Agentur')
      .done();
  },
  nl: () => {
    const a = article(
      'Polder Media maakt effecten sneller\n' +
        'Polder Media heeft de effecten van de dramaserie Stille Grond zes keer sneller afgerond dan met de oude software. ' +
        'Volgens topman Pieter de Vries steeg de omzet vorig jaar met 14 procent tot 640 miljoen euro. ' +
        'De winst bedroeg 42 miljoen euro. Zonder de nieuwe techniek was de serie binnen het budget niet haalbaar geweest. ' +
        'Dat meldt het ANP.',
      'nl',
    );
    return facts(a)
      .org('Polder Media', 'polder-media', 0)
      .org('Polder Media', 'polder-media', 1)
      .speedup('zes keer sneller', 6)
      .person('topman Pieter de Vries', 'Pieter de Vries', 'CEO')
      .percent('14 procent', 14, 'revenue-growth')
      .money('640 miljoen euro', 6.4e8, 'EUR', 'revenue')
      .money('42 miljoen euro', 4.2e7, 'EUR', 'profit')
      .budget('binnen het budget niet haalbaar')
      .source('meldt het ANP', 'ANP')
      .done();
  },
  nb: () => {
    const a = article(
      'Fjordfilm bruker KI i ny dramaserie\n' +
        'Fjordfilm har laget effektene til dramaserien «Stille vann» fire ganger raskere enn før. ' +
        'Ifølge daglig leder Kari Nilsen økte inntektene i fjor med 7 prosent til 380 millioner kroner. ' +
        'Overskuddet endte på 25 millioner kroner. Uten den nye teknologien hadde serien ikke vært mulig innenfor budsjettet. ' +
        'Det skriver NTB.',
      'nb',
    );
    return facts(a)
      .org('Fjordfilm', 'fjordfilm', 0)
      .org('Fjordfilm', 'fjordfilm', 1)
      .speedup('fire ganger raskere', 4)
      .person('daglig leder Kari Nilsen', 'Kari Nilsen', 'CEO')
      .percent('7 prosent', 7, 'revenue-growth')
      .money('380 millioner kroner', 3.8e8, 'NOK', 'revenue')
      .money('25 millioner kroner', 2.5e7, 'NOK', 'profit')
      .budget('ikke vært mulig innenfor budsjettet')
      .source('skriver NTB', 'NTB')
      .done();
  },
  es: () => {
    const a = article(
      'Sol Digital acelera los efectos de su nueva serie\n' +
        'La productora Sol Digital terminó los efectos de la serie «Tierra seca» tres veces más rápido de lo previsto. ' +
        'Según el consejero delegado Andrés Molina, la facturación alcanzó unos 950 millones de euros, un 11 % más que el año anterior. ' +
        'El beneficio fue de 60 millones de euros. Sin la nueva herramienta, la serie no habría cabido en el presupuesto, según la agencia EFE.',
      'es',
    );
    return facts(a)
      .org('Sol Digital', 'sol-digital', 0)
      .org('Sol Digital', 'sol-digital', 1)
      .speedup('tres veces más rápido', 3)
      .person('consejero delegado Andrés Molina', 'Andrés Molina', 'CEO')
      .money('unos 950 millones de euros', 9.5e8, 'EUR', 'revenue', true)
      .percent('un 11 % más', 11, 'revenue-growth')
      .money('60 millones de euros', 6e7, 'EUR', 'profit')
      .budget('no habría cabido en el presupuesto')
      .source('agencia EFE', 'EFE')
      .done();
  },
  fr: () => {
    const a = article(
      'Lumière Nord accélère ses effets spéciaux\n' +
        'Le studio Lumière Nord a réalisé les effets du film « Les Ombres du port » quatre fois plus vite que prévu. ' +
        "Selon le PDG Luc Bernard, le chiffre d'affaires a atteint environ 1,5 milliard d'euros, en hausse de 8 %. " +
        "Le bénéfice s'est établi à 120 millions d'euros. Sans cet outil, le film n'aurait pas tenu dans le budget. " +
        "C'est ce que rapporte l'AFP.",
      'fr',
    );
    return facts(a)
      .org('Lumière Nord', 'lumiere-nord', 0)
      .org('Lumière Nord', 'lumiere-nord', 1)
      .speedup('quatre fois plus vite', 4)
      .person('PDG Luc Bernard', 'Luc Bernard', 'CEO')
      .money("environ 1,5 milliard d'euros", 1.5e9, 'EUR', 'revenue', true)
      .percent('8 %', 8, 'revenue-growth')
      .money("120 millions d'euros", 1.2e8, 'EUR', 'profit')
      .budget("n'aurait pas tenu dans le budget")
      .source("rapporte l'AFP", 'AFP')
      .done();
  },
};
