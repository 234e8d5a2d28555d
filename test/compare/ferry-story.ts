/**
 * One invented story told by three articles in three languages, with the facts
 * a reader finds in each, written by hand:
 * - en: ten times faster, revenue about $2.4 billion according to Reuters, growth 12 %, CEO Kari Holm.
 * - de: zehnmal schneller, Umsatz 2,4 Milliarden Dollar, Vorstandschefin Kari Holm, Hafenbehörde Bergen.
 * - es: tres veces más rápida, no revenue, president Kari Holm (another role), a figure without attribution.
 */
import type { ArticleFacts } from '../../src/facts.js';
import { article, facts } from './build.js';

export const EN_TEXT =
  'Electric ferry charges in minutes\n\n' +
  'The shipping line Nordlys Ferries says its new harbour charger fills the batteries of a ferry ten times faster than the old one. ' +
  'According to Reuters, the company made revenue of about $2.4 billion last year, up 12% on the year before. ' +
  'Chief executive Kari Holm said the charger would be installed in four more ports.';

export const DE_TEXT =
  'Elektrofähre lädt in Minuten\n\n' +
  'Die Reederei Nordlys Ferries lädt ihre Fähren mit einem neuen Ladegerät zehnmal schneller als bisher. ' +
  'Das Unternehmen erzielte im vergangenen Jahr einen Umsatz von 2,4 Milliarden Dollar. ' +
  'Vorstandschefin Kari Holm kündigte an, die Hafenbehörde Bergen werde das Gerät als Erste einsetzen.';

export const ES_TEXT =
  'Un ferri eléctrico que carga en minutos\n\n' +
  'La naviera Nordlys Ferries asegura que su nuevo cargador es tres veces más rápido que el anterior. ' +
  'El cargador costó 40 millones de euros. ' +
  'Kari Holm, presidenta de la empresa, defendió la inversión.';

export function ferryStory(): ArticleFacts[] {
  const en = article(EN_TEXT, 'en', 'ferry-en');
  const de = article(DE_TEXT, 'de', 'ferry-de');
  const es = article(ES_TEXT, 'es', 'ferry-es');
  return [
    facts(en)
      .org('Nordlys Ferries', 'nordlys ferries')
      .speedup('ten times faster', 10)
      .source('According to Reuters', 'Reuters')
      .money('about $2.4 billion', 2.4e9, 'USD', 'revenue', true)
      .percent('12%', 12, 'revenue-growth')
      .person('Chief executive Kari Holm', 'Kari Holm', 'CEO')
      .done(),
    facts(de)
      .org('Nordlys Ferries', 'nordlys ferries')
      .speedup('zehnmal schneller', 10)
      .money('2,4 Milliarden Dollar', 2.4e9, 'USD', 'revenue')
      .person('Vorstandschefin Kari Holm', 'Kari Holm', 'CEO')
      .org('Hafenbehörde Bergen', 'port authority of bergen')
      .done(),
    facts(es)
      .org('Nordlys Ferries', 'nordlys ferries')
      .speedup('tres veces más rápido', 3)
      .money('40 millones de euros', 40e6, 'EUR', 'cost')
      .person('Kari Holm, presidenta', 'Kari Holm', 'president')
      .done(),
  ];
}
