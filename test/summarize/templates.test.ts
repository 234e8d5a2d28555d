/**
 * The rarer sentences: several amounts of one role, a fall, a budget and a cost
 * given as amounts, figures without a role, a factor of two; and articles with
 * few facts or none, whose summaries say less and invent nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/facts.js';
import { renderSummaryText, summarize } from '../../src/summarize/index.js';
import { article, facts } from '../compare/build.js';

const figures = () => {
  const a = article(
    'Lakeside Studios made editing twice as fast with its new tools. ' +
      'Revenue was $40 million in 2023 and $52 million in 2024. Profit fell 8% as costs rose. ' +
      'The production cost $12 million, and the budget for next year is $15 million. ' +
      'The studio also set aside $2 million and expects 30% of its staff to train on the tools.',
    'en',
  );
  return facts(a)
    .speedup('twice as fast', 2)
    .money('$40 million', 4e7, 'USD', 'revenue')
    .money('$52 million', 5.2e7, 'USD', 'revenue')
    .percent('fell 8%', -8, 'profit-growth')
    .money('cost $12 million', 1.2e7, 'USD', 'cost')
    .money('$15 million', 1.5e7, 'USD', 'budget')
    .money('$2 million', 2e6, 'USD')
    .percent('30%', 30)
    .done();
};

const EXPECTED: Partial<Record<Lang, string[]>> = {
  en: [
    'According to the article, it was twice as fast.',
    'According to the article, the revenue figures were $40 million and $52 million.',
    'According to the article, profit fell by 8%.',
    'According to the article, the budget is put at $15 million.',
    'According to the article, the cost is put at $12 million.',
    'The article also mentions $2 million and 30%.',
  ],
  de: [
    'Dem Artikel zufolge war es doppelt so schnell.',
    'Dem Artikel zufolge betrugen die Umsatzzahlen 40 Millionen US-Dollar und 52 Millionen US-Dollar.',
    'Dem Artikel zufolge sank der Gewinn um 8\u00a0%.',
    'Dem Artikel zufolge wird das Budget auf 15 Millionen US-Dollar beziffert.',
    'Dem Artikel zufolge werden die Kosten auf 12 Millionen US-Dollar beziffert.',
    'Außerdem nennt der Artikel 2 Millionen US-Dollar und 30\u00a0%.',
  ],
  es: [
    'Según el artículo, fue el doble de rápido.',
    'Según el artículo, las cifras de ingresos fueron 40 millones de dólares y 52 millones de dólares.',
    'Según el artículo, el beneficio cayó un 8\u00a0%.',
    'Según el artículo, se trata de un presupuesto de 15 millones de dólares.',
    'Según el artículo, se trata de un coste de 12 millones de dólares.',
    'El artículo menciona además 2 millones de dólares y un 30\u00a0%.',
  ],
  fr: [
    "Selon l'article, c'était 2 fois plus rapide.",
    "Selon l'article, les chiffres d'affaires indiqués sont de 40 millions de dollars et 52 millions de dollars.",
    "Selon l'article, le bénéfice a baissé de 8\u00a0%.",
    "Selon l'article, il est question d'un budget de 15 millions de dollars.",
    "Selon l'article, il est question d'un coût de 12 millions de dollars.",
    "L'article mentionne aussi 2 millions de dollars et 30\u00a0%.",
  ],
};

describe('rarer fact sentences', () => {
  it.each(Object.entries(EXPECTED) as Array<[Lang, string[]]>)('%s', (lang, expected) => {
    expect(summarize(figures(), lang).sentences.map((s) => s.text)).toEqual(expected);
  });

  it('gives each sentence the evidence of every fact it states', () => {
    const [, revenue, profit] = summarize(figures(), 'en').sentences;
    expect(revenue!.evidence.map((e) => e.text)).toEqual(['$40 million', '$52 million']);
    expect(profit!.evidence.map((e) => e.text)).toEqual(['fell 8%']);
  });
});

describe('budget statements', () => {
  const fr = () => {
    const a = article(
      "Le court métrage a été réalisé pour une fraction du coût habituel. " +
        "Une telle scène n'aurait jamais tenu dans notre budget, explique la productrice. " +
        "Le nouveau studio coûtera environ 9 millions de livres.",
      'fr',
    );
    return facts(a)
      .budget('pour une fraction du coût habituel')
      .budget("n'aurait jamais tenu dans notre budget")
      .money('environ 9 millions de livres', 9e6, 'GBP', 'cost', true)
      .done();
  };

  it('say "not within the budget" or "for a fraction of the cost" as the article does, "otherwise" only with a "without"', () => {
    expect(summarize(fr(), 'fr').sentences.map((s) => s.text)).toEqual([
      "Selon l'article, cela n'aurait pas été possible dans les limites du budget.",
      "Selon l'article, cela n'a coûté qu'une fraction du prix.",
      "Selon l'article, il est question d'un coût d'environ 9 millions de livres.",
    ]);
    expect(summarize(fr(), 'nb').sentences.map((s) => s.text)).toEqual([
      'Ifølge artikkelen ville det ikke vært mulig innenfor budsjettet.',
      'Ifølge artikkelen kostet det bare en brøkdel.',
      'Ifølge artikkelen dreier det seg om kostnader på rundt 9 millioner pund.',
    ]);
  });
});

describe('women named with a feminine role noun', () => {
  it('keep the feminine noun in every language that has one', () => {
    const a = article('Präsidentin Katrin Vogt sprach von einem soliden Jahr. Sprecher Jonas Berger bestätigte die Zahlen.', 'de');
    const built = facts(a)
      .person('Präsidentin Katrin Vogt', 'Katrin Vogt', 'president')
      .person('Sprecher Jonas Berger', 'Jonas Berger', 'spokesperson')
      .done();
    const people = (lang: Lang) => summarize(built, lang).sentences.map((x) => x.text);
    expect(people('de')).toEqual(['Genannte Personen: Katrin Vogt (Präsidentin) und Jonas Berger (Sprecher).']);
    expect(people('es')).toEqual(['Personas mencionadas: Katrin Vogt (presidenta) y Jonas Berger (portavoz).']);
    expect(people('fr')).toEqual(['Personnes citées\u00a0: Katrin Vogt (présidente) et Jonas Berger (porte-parole).']);
    expect(people('en')).toEqual(['People named: Katrin Vogt (president) and Jonas Berger (spokesperson).']);
  });

  it('use it when the fact is attributed to her, with the right case after "laut"', () => {
    const es = article('Según la directora Lucía Ferrer, el rodaje fue tres veces más rápido.', 'es');
    const director = facts(es).person('directora Lucía Ferrer', 'Lucía Ferrer', 'director').speedup('tres veces más rápido', 3).done();
    expect(summarize(director, 'de').sentences[0]!.text).toBe('Laut Regisseurin Lucía Ferrer war es 3-mal schneller.');
    expect(summarize(director, 'fr').sentences[0]!.text).toBe("Selon Lucía Ferrer, réalisatrice, c'était 3 fois plus rapide.");
    const chair = article('Según la presidenta del consejo Ana López, el rodaje fue dos veces más rápido.', 'es');
    const chaired = facts(chair).person('presidenta del consejo Ana López', 'Ana López', 'chair').speedup('dos veces más rápido', 2).done();
    expect(summarize(chaired, 'de').sentences[0]!.text).toBe('Laut der Vorsitzenden Ana López war es doppelt so schnell.');
  });
});

describe('articles with few facts', () => {
  const a = article(
    'El alcalde Pablo Javkin inauguró ayer un parque de 12 hectáreas junto al río. ' +
      'Las obras duraron casi dos años y costaron más de lo previsto, según los vecinos. ' +
      'El parque tendrá un anfiteatro para 3.000 personas y una pista de patinaje.',
    'es',
  );
  const few = facts(a).person('Pablo Javkin', 'Pablo Javkin').done();

  it('say only what the facts state: no lead without an actor or work, no number the facts do not give', () => {
    for (const lang of ['en', 'es', 'nb'] as const) {
      const s = summarize(few, lang);
      expect(s.lead).toBeNull();
      expect(s.sentences).toHaveLength(1);
      expect(s.sentences.map((x) => x.text).join(' ')).not.toMatch(/\d/);
    }
    expect(summarize(few, 'en').sentences[0]).toEqual({ text: 'Person named: Pablo Javkin.', evidence: [few.facts[0]!.evidence] });
    expect(summarize(few, 'fr').sentences[0]!.text).toBe('Personne citée\u00a0: Pablo Javkin.');
  });

  it('say nothing but the quotes when the article states no facts, and the text says so', () => {
    const s = summarize({ article: a, facts: [] }, 'de');
    expect(s.lead).toBeNull();
    expect(s.sentences).toEqual([]);
    expect(s.quotes.length).toBeGreaterThan(0);
    expect(renderSummaryText(s, 'de')).toContain('Der Artikel nennt keine Fakten, die sich zusammenfassen lassen.');
  });

  it('list an organization that is also the cited source once, as the source', () => {
    const b = article('Laut Reuters plant der Konzern einen Umbau. Reuters beruft sich auf Insider.', 'de');
    const built = facts(b).org('Reuters', 'reuters', 0).org('Reuters', 'reuters', 1).source('Laut Reuters', 'Reuters').done();
    expect(summarize(built, 'en').sentences.map((x) => x.text)).toEqual(['Source cited: Reuters.']);
  });
});
