/** Spanish budget-statement rules. */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

const BUDGET = `presupuestos?(?![\\p{L}-])`;

export const es: BudgetLanguage = {
  marks: ['presupuest', 'fracción'],
  negation: `no|nunca|jamás`,
  feasible:
    `posible|viable|factible|asumible|asequible|alcanzable|realizable|costeable|pagable|abordable|` +
    `permitir\\p{L}*|pagar\\p{L}*|costear\\p{L}*|financiar\\p{L}*`,
  infeasible:
    `imposible|inviable|inasumible|inalcanzable|inasequible|irrealizable|impagable|` +
    `fuera\\s+de\\s+(?:nuestro\\s+|su\\s+)?alcance|demasiado\\s+(?:car[oa]s?|costos[oa]s?)`,
  clauseWords: `si|que|porque|pero|y|o|sino|solo|sólo|solamente|cómo|qué`,
  frame:
    `(?:dentro|fuera|en\\s+el\\s+marco)\\s+del?\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|presupuestariamente|` +
    `(?:a\\s+nivel|desde\\s+el\\s+punto\\s+de\\s+vista)\\s+presupuestario`,
  nearFrame: `(?:con|en|para|por|bajo)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  // Spanish infinitives carry no marker: a verb in -ar/-er/-ir (with clitics) stands for one.
  infinitive: `\\p{L}+(?:ar|er|ir)(?:l[oa]s?|les?|se|nos)?`,
  exceeds:
    `(?:(?:habría|hubiera|hubiese|habrían|hubieran)\\s+(?:${CLAUSE_WORD}\\s+){0,2}?(?:disparado|superado|excedido|desbordado|reventado|rebasado)|` +
    `superaría|excedería|desbordaría|dispararía|reventaría|rebasaría)\\s+(?:${CLAUSE_WORD}\\s+){0,3}?${BUDGET}`,
  fraction:
    `(?:por|a|con)\\s+(?:(?:solo|sólo|apenas)\\s+)?una\\s+(?:(?:pequeña|mínima)\\s+)?fracción\\s+` +
    `(?:del\\s+(?:coste|costo|presupuesto|gasto)|de\\s+lo\\s+que\\s+(?:habría|hubiera)\\s+costado)`,
  making:
    `hech[oa]s?|hacer|hizo|hicieron|produ[cj]\\p{L}*|realiz\\p{L}*|cre(?:ar|ó|aron|ad[oa]s?|aba|aban)|complet\\p{L}*|` +
    `desarroll\\p{L}*|rod(?:ar|ó|aron|ad[oa]s?)|gener(?:ar|ó|aron|ad[oa]s?)|termin(?:ar|ó|aron|ad[oa]s?)`,
};
