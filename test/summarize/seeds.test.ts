/**
 * The five seed articles, with the facts the extractors find, summarized in all
 * six languages: every number a fact of its article, every sentence evidenced,
 * all text (quotes aside) in the reader's language. Plus reviewed summaries,
 * two seeds per reader language, each checked against its article by reading.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractFacts } from '../../src/extract/index.js';
import { LANGS, type ArticleFacts, type Lang } from '../../src/facts.js';
import { summarize } from '../../src/summarize/index.js';
import { problemsOf } from './check.js';

const seeds = new Map<string, ArticleFacts>(
  loadBundledCorpus().articles.map((article) => [article.id.slice(0, 3), { article, facts: extractFacts(article) }]),
);
const seed = (id: string) => seeds.get(id)!;

describe('seed summaries in every language', () => {
  const cases = [...seeds.keys()].flatMap((id) => LANGS.map((lang) => [id, lang] as const));
  it.each(cases)('seed %s in %s', (id, lang) => {
    const s = summarize(seed(id), lang);
    expect(s.lead).not.toBeNull();
    expect(s.sentences.length).toBeGreaterThanOrEqual(3);
    expect(s.quotes.length).toBeGreaterThanOrEqual(2);
    expect(problemsOf(s, seed(id), lang)).toEqual([]);
  });
});

/** [seed, reader language, lead, sentences], as reviewed. */
const REVIEWED: Array<[string, Lang, string, string[]]> = [
  [
    '000',
    'en',
    'The article reports on Netflix and the series El Eternauta.',
    [
      'According to co-CEO Ted Sarandos, it was 10 times faster.',
      'According to co-CEO Ted Sarandos, it would not have been possible within the budget otherwise.',
      'According to the article, revenue was about $11 billion, up 16%.',
      'According to the article, profit was $3.1 billion.',
      'Person named: Ted Sarandos (co-CEO).',
      'Organizations named: Netflix, Eyeline Studios, and Goya Academy.',
    ],
  ],
  [
    '003',
    'en',
    'The article reports on Netflix and the series El Eternauta.',
    [
      'According to the article, it was 10 times faster.',
      'According to the article, it would not have been possible within the budget.',
      'According to the article, it was done for a fraction of the cost.',
      'People named: Russell Thompson (author) and Ted Sarandos (co-CEO).',
      'Organizations named: Netflix and Eyeline Studios.',
      'Source cited: Reuters.',
    ],
  ],
  [
    '002',
    'de',
    'Der Artikel berichtet über Netflix und die Serie The Eternaut.',
    ['Dem Artikel zufolge war es 10-mal schneller.', 'Genannte Person: Ted Sarandos (CEO).', 'Genannte Organisationen: Netflix, Google und OpenAI.'],
  ],
  [
    '004',
    'de',
    'Der Artikel berichtet über Netflix.',
    [
      'Dem Artikel zufolge war es 10-mal schneller.',
      'Dem Artikel zufolge wäre es im Rahmen des Budgets nicht möglich gewesen.',
      'Dem Artikel zufolge betrug der Umsatz 11 Milliarden US-Dollar, ein Plus von 16\u00a0%.',
      'Genannte Personen: Ted Sarandos (Co-CEO) und Greg Peters (Co-CEO).',
      'Genannte Organisationen: Netflix, Associated Press, CineD und MZed.',
    ],
  ],
  [
    '001',
    'nl',
    'Het artikel gaat over Netflix en de serie El Eternauta.',
    [
      'Volgens co-CEO Ted Sarandos ging het 10 keer sneller.',
      'Volgens co-CEO Ted Sarandos was het anders binnen het budget niet haalbaar geweest.',
      'Volgens het artikel bedroeg de omzet ongeveer 11 miljard dollar, een stijging van 16%.',
      'Volgens het artikel bedroeg de winst 3,1 miljard dollar.',
      'Genoemde persoon: Ted Sarandos (co-CEO).',
      'Genoemde organisaties: Netflix, Eyeline Studios en Goya-academie.',
    ],
  ],
  [
    '003',
    'nl',
    'Het artikel gaat over Netflix en de serie El Eternauta.',
    [
      'Volgens het artikel ging het 10 keer sneller.',
      'Volgens het artikel was het binnen het budget niet haalbaar geweest.',
      'Volgens het artikel kostte het maar een fractie.',
      'Genoemde personen: Russell Thompson (auteur) en Ted Sarandos (co-CEO).',
      'Genoemde organisaties: Netflix en Eyeline Studios.',
      'Aangehaalde bron: Reuters.',
    ],
  ],
  [
    '001',
    'nb',
    'Artikkelen handler om Netflix og serien El Eternauta.',
    [
      'Ifølge co-CEO Ted Sarandos gikk det 10 ganger raskere.',
      'Ifølge co-CEO Ted Sarandos ville det ellers ikke vært mulig innenfor budsjettet.',
      'Ifølge artikkelen var inntektene på rundt 11 milliarder dollar, en økning på 16\u00a0%.',
      'Ifølge artikkelen var overskuddet på 3,1 milliarder dollar.',
      'Person som nevnes: Ted Sarandos (co-CEO).',
      'Organisasjoner som nevnes: Netflix, Eyeline Studios og Goya-akademiet.',
    ],
  ],
  [
    '004',
    'nb',
    'Artikkelen handler om Netflix.',
    [
      'Ifølge artikkelen gikk det 10 ganger raskere.',
      'Ifølge artikkelen ville det ikke vært mulig innenfor budsjettet.',
      'Ifølge artikkelen var inntektene på 11 milliarder dollar, en økning på 16\u00a0%.',
      'Personer som nevnes: Ted Sarandos (co-CEO) og Greg Peters (co-CEO).',
      'Organisasjoner som nevnes: Netflix, Associated Press, CineD og MZed.',
    ],
  ],
  [
    '000',
    'es',
    'El artículo trata sobre Netflix y la serie El Eternauta.',
    [
      'Según Ted Sarandos, codirector ejecutivo, fue 10 veces más rápido.',
      'Según Ted Sarandos, codirector ejecutivo, de otro modo no habría sido posible dentro del presupuesto.',
      'Según el artículo, los ingresos ascendieron a unos 11.000 millones de dólares, un 16\u00a0% más.',
      'Según el artículo, el beneficio fue de 3.100 millones de dólares.',
      'Persona mencionada: Ted Sarandos (codirector ejecutivo).',
      'Organizaciones mencionadas: Netflix, Eyeline Studios y Academia de Cine.',
    ],
  ],
  [
    '002',
    'es',
    'El artículo trata sobre Netflix y la serie The Eternaut.',
    [
      'Según el artículo, fue 10 veces más rápido.',
      'Persona mencionada: Ted Sarandos (consejero delegado).',
      'Organizaciones mencionadas: Netflix, Google y OpenAI.',
    ],
  ],
  [
    '003',
    'fr',
    "L'article porte sur Netflix et la série El Eternauta.",
    [
      "Selon l'article, c'était 10 fois plus rapide.",
      "Selon l'article, cela n'aurait pas été possible dans les limites du budget.",
      "Selon l'article, cela n'a coûté qu'une fraction du prix.",
      'Personnes citées\u00a0: Russell Thompson (auteur) et Ted Sarandos (codirecteur général).',
      'Organisations citées\u00a0: Netflix et Eyeline Studios.',
      'Source citée\u00a0: Reuters.',
    ],
  ],
  [
    '004',
    'fr',
    "L'article porte sur Netflix.",
    [
      "Selon l'article, c'était 10 fois plus rapide.",
      "Selon l'article, cela n'aurait pas été possible dans les limites du budget.",
      "Selon l'article, le chiffre d'affaires s'est élevé à 11 milliards de dollars, en hausse de 16\u00a0%.",
      'Personnes citées\u00a0: Ted Sarandos (codirecteur général) et Greg Peters (codirecteur général).',
      'Organisations citées\u00a0: Netflix, Associated Press, CineD et MZed.',
    ],
  ],
];

describe('reviewed seed summaries', () => {
  it.each(REVIEWED)('seed %s in %s', (id, lang, lead, sentences) => {
    const s = summarize(seed(id), lang);
    expect(s.lead?.text).toBe(lead);
    expect(s.sentences.map((x) => x.text)).toEqual(sentences);
  });

  it('quotes the lead of each seed report among its central sentences', () => {
    expect(summarize(seed('000'), 'en').quotes[0]!.text).toMatch(/^Netflix har offisielt bekreftet/);
    expect(summarize(seed('001'), 'en').quotes[0]!.text).toMatch(/^Netflix hat offiziell bestätigt/);
    expect(summarize(seed('002'), 'en').quotes[0]!.text).toBe('Netflix is vastberaden om vol in te zetten op AI.');
    expect(summarize(seed('004'), 'en').quotes[0]!.text).toMatch(/^Netflix has made its most definitive transfer/);
  });
});
