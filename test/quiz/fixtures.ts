/**
 * Hand-built articles with hand-built facts (written for these tests, independent
 * of the extractors): one story told by six outlets in six languages, with
 * differences between them (one gives another revenue figure, some omit the
 * growth or the budget, two cite Reuters, the others each their own agency).
 */
import { evidenceAt } from '../../src/extract/evidence.js';
import type { Article, ArticleFacts, Evidence, Fact, Lang } from '../../src/facts.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import type { Bank } from '../../src/quiz/types.js';
import { article } from '../helpers.js';

type Spec = { [K in Fact['kind']]: Omit<Extract<Fact, { kind: K }>, 'evidence'> & { at: string } }[Fact['kind']];

/** Evidence for the first occurrence of `text` in the article. */
export function at(a: Article, text: string): Evidence {
  const start = a.body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in ${a.file}`);
  const e = evidenceAt(a, start, start + text.length);
  if (!e) throw new Error(`"${text}" crosses a sentence in ${a.file}`);
  return e;
}

export function withFacts(a: Article, specs: Spec[]): ArticleFacts {
  return {
    article: a,
    facts: specs.map(({ at: text, ...fact }) => ({ ...fact, evidence: at(a, text) }) as Fact),
  };
}

const tidewater = (name = 'Tidewater Games'): Spec => ({ kind: 'organization', name, canonical: 'tidewater-games', at: name });

export function story(): ArticleFacts[] {
  const en = article(
    'Tidewater Games said on Tuesday that its new engine let the studio build levels four times faster than before. ' +
      'The Bergen studio reported revenue of €220 million for the year, up 12% on the previous year, and a profit of €35 million. ' +
      'Chief executive Kari Nilsen told Reuters that the engine would also be licensed to other studios. ' +
      "The Norwegian Film Institute has supported two of the studio's projects.",
    'en',
    'en-tidewater',
  );
  const de = article(
    'Das Studio Tidewater Games aus Bergen hat seine Level mit einer neuen Engine viermal schneller gebaut als bisher. ' +
      'Der Umsatz stieg laut dpa um 12 Prozent auf 220 Millionen Euro. ' +
      'Ohne die Engine wäre das neue Spiel im Rahmen des Budgets nicht machbar gewesen, sagte Firmenchefin Kari Nilsen.',
    'de',
    'de-tidewater',
  );
  const nl = article(
    'De Noorse gamestudio Tidewater Games bouwt levels nu vier keer sneller dankzij een eigen engine. ' +
      'Volgens persbureau Reuters boekte het bedrijf vorig jaar een omzet van 230 miljoen euro. ' +
      'Directeur Kari Nilsen zegt dat de studio dit jaar twintig mensen aanneemt.',
    'nl',
    'nl-tidewater',
  );
  const nb = article(
    'Spillstudioet Tidewater Games i Bergen lager nå brett fire ganger raskere enn før. ' +
      'Ifølge NTB fikk selskapet et overskudd på 35 millioner euro i fjor. ' +
      'Uten den nye motoren ville spillet aldri ha blitt ferdig innenfor budsjettet, sier daglig leder Kari Nilsen. ' +
      'Norsk filminstitutt har støttet to av studioets prosjekter.',
    'nb',
    'nb-tidewater',
  );
  const es = article(
    'El estudio noruego Tidewater Games construye sus niveles cuatro veces más rápido gracias a un motor propio. ' +
      'Según EFE, la empresa facturó 220 millones de euros, un 12 % más que el año anterior. ' +
      'El analista Jorge Ramos cree que otros estudios copiarán el modelo.',
    'es',
    'es-tidewater',
  );
  const fr = article(
    'Le studio norvégien Tidewater Games conçoit désormais ses niveaux quatre fois plus vite grâce à un moteur maison. ' +
      "Selon l'AFP, son chiffre d'affaires a atteint 220 millions d'euros. " +
      "La directrice générale, Kari Nilsen, affirme que le budget n'aurait jamais permis ce jeu sans le moteur.",
    'fr',
    'fr-tidewater',
  );
  return [
    withFacts(en, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'four times faster' },
      { kind: 'money', role: 'revenue', amount: 220e6, currency: 'EUR', approximate: false, at: 'revenue of €220 million' },
      { kind: 'percent', role: 'revenue-growth', value: 12, at: 'up 12%' },
      { kind: 'money', role: 'profit', amount: 35e6, currency: 'EUR', approximate: false, at: 'a profit of €35 million' },
      { kind: 'person', name: 'Kari Nilsen', role: 'CEO', at: 'Chief executive Kari Nilsen' },
      { kind: 'source', name: 'Reuters', at: 'told Reuters' },
      { kind: 'organization', name: 'Norwegian Film Institute', canonical: 'norwegian-film-institute', at: 'Norwegian Film Institute' },
    ]),
    withFacts(de, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'viermal schneller' },
      { kind: 'source', name: 'dpa', at: 'laut dpa' },
      { kind: 'percent', role: 'revenue-growth', value: 12, at: 'um 12 Prozent' },
      { kind: 'money', role: 'revenue', amount: 220e6, currency: 'EUR', approximate: false, at: '220 Millionen Euro' },
      { kind: 'budget', at: 'im Rahmen des Budgets nicht machbar' },
      { kind: 'person', name: 'Kari Nilsen', role: 'CEO', at: 'Firmenchefin Kari Nilsen' },
    ]),
    withFacts(nl, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'vier keer sneller' },
      { kind: 'source', name: 'Reuters', at: 'Volgens persbureau Reuters' },
      { kind: 'money', role: 'revenue', amount: 230e6, currency: 'EUR', approximate: false, at: 'omzet van 230 miljoen euro' },
      { kind: 'person', name: 'Kari Nilsen', at: 'Kari Nilsen' },
    ]),
    withFacts(nb, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'fire ganger raskere' },
      { kind: 'source', name: 'NTB', at: 'Ifølge NTB' },
      { kind: 'money', role: 'profit', amount: 35e6, currency: 'EUR', approximate: false, at: 'overskudd på 35 millioner euro' },
      { kind: 'budget', at: 'aldri ha blitt ferdig innenfor budsjettet' },
      { kind: 'person', name: 'Kari Nilsen', role: 'CEO', at: 'daglig leder Kari Nilsen' },
      { kind: 'organization', name: 'Norsk filminstitutt', canonical: 'norwegian-film-institute', at: 'Norsk filminstitutt' },
    ]),
    withFacts(es, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'cuatro veces más rápido' },
      { kind: 'source', name: 'EFE', at: 'Según EFE' },
      { kind: 'money', role: 'revenue', amount: 220e6, currency: 'EUR', approximate: false, at: '220 millones de euros' },
      { kind: 'percent', role: 'revenue-growth', value: 12, at: 'un 12 % más' },
      { kind: 'person', name: 'Jorge Ramos', role: 'analyst', at: 'El analista Jorge Ramos' },
    ]),
    withFacts(fr, [
      tidewater(),
      { kind: 'speedup', factor: 4, at: 'quatre fois plus vite' },
      { kind: 'source', name: 'AFP', at: "Selon l'AFP" },
      { kind: 'money', role: 'revenue', amount: 220e6, currency: 'EUR', approximate: false, at: "220 millions d'euros" },
      { kind: 'budget', at: "le budget n'aurait jamais permis ce jeu sans le moteur" },
      { kind: 'person', name: 'Kari Nilsen', role: 'CEO', at: 'La directrice générale, Kari Nilsen' },
    ]),
  ];
}

export const ALL_LANGS: Lang[] = ['en', 'de', 'nl', 'nb', 'es', 'fr'];

/** The bank of the story in `lang`. */
export function storyBank(lang: Lang = 'en', seed = 1, count?: number): Bank {
  return { language: lang, seed, questions: generateQuestions(story(), lang, count === undefined ? { seed } : { seed, count }) };
}
