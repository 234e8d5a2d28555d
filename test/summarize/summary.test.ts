/**
 * Reviewed summaries of the test stories: each language's own story, and one
 * story from another language per reader language (numbers in the reader's
 * locale, roles and genres in the reader's words). Expected texts were written
 * by hand from the stories.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/facts.js';
import { summarize } from '../../src/summarize/index.js';
import { STORIES } from './stories.js';

interface Expected {
  lead: string;
  sentences: string[];
}

const OWN: Record<Lang, Expected> = {
  en: {
    lead: 'The article reports on Harbor Games and the series Night Harbour.',
    sentences: [
      'According to the article, it was 5 times faster.',
      'According to the article, it would not have been possible within the budget.',
      'According to CEO Mara Quinn, revenue was about $2.4 billion, up 12%.',
      'According to the article, profit was $310 million.',
      'Person named: Mara Quinn (CEO).',
      'Organization named: Harbor Games.',
      'Source cited: Bloomberg.',
    ],
  },
  de: {
    lead: 'Der Artikel berichtet über Nordlicht Studios und die Serie Dunkle Wasser.',
    sentences: [
      'Dem Artikel zufolge war es 8-mal schneller.',
      'Dem Artikel zufolge wäre es sonst im Rahmen des Budgets nicht möglich gewesen.',
      'Laut Sprecher Jonas Berger betrug der Umsatz rund 1,2 Milliarden Euro, ein Plus von 9\u00a0%.',
      'Dem Artikel zufolge betrug der Gewinn 85 Millionen Euro.',
      'Genannte Person: Jonas Berger (Sprecher).',
      'Genannte Organisation: Nordlicht Studios.',
      'Zitierte Quelle: Deutsche Presse-Agentur.',
    ],
  },
  nl: {
    lead: 'Het artikel gaat over Polder Media en de serie Stille Grond.',
    sentences: [
      'Volgens het artikel ging het 6 keer sneller.',
      'Volgens het artikel was het anders binnen het budget niet haalbaar geweest.',
      'Volgens CEO Pieter de Vries bedroeg de omzet 640 miljoen euro, een stijging van 14%.',
      'Volgens het artikel bedroeg de winst 42 miljoen euro.',
      'Genoemde persoon: Pieter de Vries (CEO).',
      'Genoemde organisatie: Polder Media.',
      'Aangehaalde bron: ANP.',
    ],
  },
  nb: {
    lead: 'Artikkelen handler om Fjordfilm og serien Stille vann.',
    sentences: [
      'Ifølge artikkelen gikk det 4 ganger raskere.',
      'Ifølge artikkelen ville det ellers ikke vært mulig innenfor budsjettet.',
      'Ifølge administrerende direktør Kari Nilsen var inntektene på 380 millioner kroner, en økning på 7\u00a0%.',
      'Ifølge artikkelen var overskuddet på 25 millioner kroner.',
      'Person som nevnes: Kari Nilsen (administrerende direktør).',
      'Organisasjon som nevnes: Fjordfilm.',
      'Oppgitt kilde: NTB.',
    ],
  },
  es: {
    lead: 'El artículo trata sobre Sol Digital y la serie Tierra seca.',
    sentences: [
      'Según el artículo, fue 3 veces más rápido.',
      'Según EFE, de otro modo no habría sido posible dentro del presupuesto.',
      'Según Andrés Molina, consejero delegado, los ingresos ascendieron a unos 950 millones de euros, un 11\u00a0% más.',
      'Según el artículo, el beneficio fue de 60 millones de euros.',
      'Persona mencionada: Andrés Molina (consejero delegado).',
      'Organización mencionada: Sol Digital.',
      'Fuente citada: EFE.',
    ],
  },
  fr: {
    lead: "L'article porte sur Lumière Nord et le film Les Ombres du port.",
    sentences: [
      "Selon l'article, c'était 4 fois plus rapide.",
      "Selon l'article, sans cela, ce n'aurait pas été possible dans les limites du budget.",
      "Selon Luc Bernard, PDG, le chiffre d'affaires s'est élevé à environ 1,5 milliard d'euros, en hausse de 8\u00a0%.",
      "Selon l'article, le bénéfice s'est élevé à 120 millions d'euros.",
      'Personne citée\u00a0: Luc Bernard (PDG).',
      'Organisation citée\u00a0: Lumière Nord.',
      'Source citée\u00a0: AFP.',
    ],
  },
};

/** [reader language, story language, expected]. */
const ACROSS: Array<[Lang, Lang, Expected]> = [
  [
    'en',
    'de',
    {
      lead: 'The article reports on Nordlicht Studios and the series Dunkle Wasser.',
      sentences: [
        'According to the article, it was 8 times faster.',
        'According to the article, it would not have been possible within the budget otherwise.',
        'According to spokesperson Jonas Berger, revenue was about €1.2 billion, up 9%.',
        'According to the article, profit was €85 million.',
        'Person named: Jonas Berger (spokesperson).',
        'Organization named: Nordlicht Studios.',
        'Source cited: Deutsche Presse-Agentur.',
      ],
    },
  ],
  [
    'de',
    'nb',
    {
      lead: 'Der Artikel berichtet über Fjordfilm und die Serie Stille vann.',
      sentences: [
        'Dem Artikel zufolge war es 4-mal schneller.',
        'Dem Artikel zufolge wäre es sonst im Rahmen des Budgets nicht möglich gewesen.',
        'Laut CEO Kari Nilsen betrug der Umsatz 380 Millionen norwegische Kronen, ein Plus von 7\u00a0%.',
        'Dem Artikel zufolge betrug der Gewinn 25 Millionen norwegische Kronen.',
        'Genannte Person: Kari Nilsen (CEO).',
        'Genannte Organisation: Fjordfilm.',
        'Zitierte Quelle: NTB.',
      ],
    },
  ],
  [
    'nl',
    'fr',
    {
      lead: 'Het artikel gaat over Lumière Nord en de film Les Ombres du port.',
      sentences: [
        'Volgens het artikel ging het 4 keer sneller.',
        'Volgens het artikel was het anders binnen het budget niet haalbaar geweest.',
        'Volgens CEO Luc Bernard bedroeg de omzet ongeveer 1,5 miljard euro, een stijging van 8%.',
        'Volgens het artikel bedroeg de winst 120 miljoen euro.',
        'Genoemde persoon: Luc Bernard (CEO).',
        'Genoemde organisatie: Lumière Nord.',
        'Aangehaalde bron: AFP.',
      ],
    },
  ],
  [
    'nb',
    'es',
    {
      lead: 'Artikkelen handler om Sol Digital og serien Tierra seca.',
      sentences: [
        'Ifølge artikkelen gikk det 3 ganger raskere.',
        'Ifølge EFE ville det ellers ikke vært mulig innenfor budsjettet.',
        'Ifølge administrerende direktør Andrés Molina var inntektene på rundt 950 millioner euro, en økning på 11\u00a0%.',
        'Ifølge artikkelen var overskuddet på 60 millioner euro.',
        'Person som nevnes: Andrés Molina (administrerende direktør).',
        'Organisasjon som nevnes: Sol Digital.',
        'Oppgitt kilde: EFE.',
      ],
    },
  ],
  [
    'es',
    'en',
    {
      lead: 'El artículo trata sobre Harbor Games y la serie Night Harbour.',
      sentences: [
        'Según el artículo, fue 5 veces más rápido.',
        'Según el artículo, no habría sido posible dentro del presupuesto.',
        'Según Mara Quinn, consejero delegado, los ingresos ascendieron a unos 2.400 millones de dólares, un 12\u00a0% más.',
        'Según el artículo, el beneficio fue de 310 millones de dólares.',
        'Persona mencionada: Mara Quinn (consejero delegado).',
        'Organización mencionada: Harbor Games.',
        'Fuente citada: Bloomberg.',
      ],
    },
  ],
  [
    'fr',
    'nl',
    {
      lead: "L'article porte sur Polder Media et la série Stille Grond.",
      sentences: [
        "Selon l'article, c'était 6 fois plus rapide.",
        "Selon l'article, sans cela, ce n'aurait pas été possible dans les limites du budget.",
        "Selon Pieter de Vries, PDG, le chiffre d'affaires s'est élevé à 640 millions d'euros, en hausse de 14\u00a0%.",
        "Selon l'article, le bénéfice s'est élevé à 42 millions d'euros.",
        'Personne citée\u00a0: Pieter de Vries (PDG).',
        'Organisation citée\u00a0: Polder Media.',
        'Source citée\u00a0: ANP.',
      ],
    },
  ],
];

const texts = (lang: Lang, story: Lang) => {
  const s = summarize(STORIES[story](), lang);
  return { lead: s.lead?.text, sentences: s.sentences.map((x) => x.text) };
};

describe('summaries of the test stories, in their own language', () => {
  it.each(Object.entries(OWN) as Array<[Lang, Expected]>)('%s', (lang, expected) => {
    expect(texts(lang, lang)).toEqual(expected);
  });
});

describe('summaries of the test stories, across languages', () => {
  it.each(ACROSS)('%s reader, %s story', (reader, story, expected) => {
    expect(texts(reader, story)).toEqual(expected);
  });
});
