/**
 * Checks on summary text, written independently of the templates: which
 * language a sentence is in (by function words), which numbers it states (each
 * must be a formatted value of a fact of its article), and its evidence.
 */
import type { ArticleFacts, Fact, Lang } from '../../src/facts.js';
import { factsOf, LANGS } from '../../src/facts.js';
import { formatFactor, formatMoney, formatPercent } from '../../src/i18n/format.js';
import { organizationDisplayName } from '../../src/summarize/names.js';
import type { Summary } from '../../src/summarize/types.js';
import { findWorks } from '../../src/summarize/work/index.js';

/** Frequent words of each language that a summary in another language would not contain. */
const FUNCTION_WORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'was', 'were', 'with', 'from', 'according', 'to', 'it', 'this', 'by', 'about', 'also', 'named', 'cited', 'revenue', 'profit', 'faster', 'article', 'reports', 'on', 'within', 'people', 'mentions'],
  de: ['der', 'die', 'das', 'und', 'war', 'ist', 'mit', 'von', 'laut', 'zufolge', 'es', 'über', 'auch', 'genannte', 'zitierte', 'schneller', 'berichtet', 'nicht', 'lag', 'lagen', 'bei', 'rund', 'ein', 'eine', 'wurde', 'außerdem', 'nennt', 'dem', 'im', 'des'],
  nl: ['het', 'een', 'van', 'was', 'ging', 'werd', 'volgens', 'gaat', 'omzet', 'winst', 'sneller', 'genoemde', 'bedroeg', 'bedroegen', 'ongeveer', 'noemt', 'verder', 'niet', 'binnen', 'haalbaar', 'aangehaalde', 'stijging', 'daling'],
  nb: ['og', 'det', 'et', 'er', 'var', 'ifølge', 'artikkelen', 'handler', 'inntektene', 'overskuddet', 'raskere', 'som', 'nevnes', 'gikk', 'ble', 'på', 'rundt', 'også', 'ikke', 'innenfor', 'budsjettet', 'økning', 'nedgang', 'oppgitt', 'oppgitte', 'nevner', 'slik'],
  es: ['el', 'los', 'las', 'y', 'según', 'artículo', 'trata', 'sobre', 'ingresos', 'beneficio', 'más', 'rápido', 'fue', 'unos', 'mencionada', 'mencionadas', 'citada', 'citadas', 'así', 'con', 'del', 'dentro', 'presupuesto', 'ascendieron', 'menciona', 'además'],
  fr: ['le', 'les', 'et', 'selon', "l'article", 'porte', 'sur', 'chiffre', "d'affaires", 'bénéfice', 'plus', 'rapide', "c'était", 'environ', 'citée', 'citées', 'cela', 'dans', 'du', 'des', 'aussi', 'hausse', 'baisse', 'mentionne', 'limites'],
};

/** The words of `text` that can carry its language: lower-case ones, and the first word. Names are capitalized and left out. */
function languageWords(text: string): string[] {
  const tokens = text.replace(/’/g, "'").match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return tokens.filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
}

/** Function words of the other five languages found in `text` (words shared with `lang` excepted). */
export function foreignWords(text: string, lang: Lang): string[] {
  const own = new Set(FUNCTION_WORDS[lang]);
  const foreign = new Set(LANGS.filter((l) => l !== lang).flatMap((l) => FUNCTION_WORDS[l]).filter((w) => !own.has(w)));
  return languageWords(text).filter((w) => foreign.has(w));
}

/** Function words of `lang` itself found in `text`. */
export function ownWords(text: string, lang: Lang): string[] {
  const own = new Set(FUNCTION_WORDS[lang]);
  return languageWords(text).filter((w) => own.has(w));
}

/** The numerals in `text`, with their group and decimal separators ("11.000", "3,1", "450 000"). */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,\u00a0\u202f]\d+)*/gu) ?? [];
}

/** Every numeral the facts allow in a summary in `lang`: the numerals of their formatted values. */
export function factNumerals(facts: readonly Fact[], lang: Lang): Set<string> {
  const formatted = facts.flatMap((f) => {
    switch (f.kind) {
      case 'speedup':
        return [formatFactor(f.factor, lang)];
      case 'money':
        return [formatMoney(f.amount, f.currency, lang, f.approximate)];
      case 'percent':
        return [formatPercent(Math.abs(f.value), lang), formatPercent(f.value, lang)];
      default:
        return [];
    }
  });
  return new Set(formatted.flatMap(numbersIn));
}

/** `text` without the names the article's facts give (a name may hold digits: "Channel 4"). */
export function withoutNames(text: string, names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).reduce((t, n) => t.split(n).join(' '), text);
}

/** Names the summary may contain in any language: people, sources, organizations, works. */
export function namesOf({ article, facts }: ArticleFacts, lang: Lang): string[] {
  return [
    ...factsOf(facts, 'person').map((f) => f.name),
    ...factsOf(facts, 'source').map((f) => f.name),
    ...factsOf(facts, 'organization').flatMap((f) => [f.name, organizationDisplayName(f, lang)]),
    ...findWorks(article, new Set()).map((w) => w.title),
  ];
}

/** Checks one summary; returns the problems found (empty when all is well). */
export function problemsOf(summary: Summary, input: ArticleFacts, lang: Lang): string[] {
  const problems: string[] = [];
  const names = namesOf(input, lang);
  const allowed = factNumerals(input.facts, lang);
  const sentences = [...(summary.lead ? [summary.lead] : []), ...summary.sentences];
  for (const s of sentences) {
    const text = withoutNames(s.text, names);
    const foreign = foreignWords(text, lang);
    if (foreign.length) problems.push(`foreign words ${foreign.join(', ')} in "${s.text}"`);
    if (ownWords(text, lang).length === 0) problems.push(`no ${lang} word in "${s.text}"`);
    for (const n of numbersIn(text)) if (!allowed.has(n)) problems.push(`number ${n} is no fact in "${s.text}"`);
    if (s.evidence.length === 0) problems.push(`no evidence for "${s.text}"`);
    for (const e of s.evidence) {
      if (input.article.body.slice(e.start, e.end) !== e.text) problems.push(`inexact evidence "${e.text}"`);
    }
  }
  for (const q of summary.quotes) {
    if (input.article.body.slice(q.evidence.start, q.evidence.end) !== q.text) problems.push(`inexact quote "${q.text}"`);
  }
  return problems;
}
