/** German budget-statement rules. */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

/** "Budget", "Produktionsbudgets", "TV-Budget", "Budgetrahmen", "Etat"; not "Low-Budget-Filme". */
const BUDGET = `(?:[\\p{L}\\p{N}]+-)?(?:\\p{L}*budget(?:s|rahmens?)?|Etats?)(?![\\p{L}-])`;

export const de: BudgetLanguage = {
  marks: ['budget', 'etat', 'bruchteil'],
  negation: `nicht|nie|niemals|kaum|keinesfalls`,
  feasible:
    `machbar|realisierbar|bezahlbar|finanzierbar|leistbar|erschwinglich|möglich|umsetzbar|erreichbar|darstellbar|drin|leisten|` +
    `zu\\s+(?:stemmen|finanzieren|bezahlen|realisieren|machen|leisten|schaffen)`,
  infeasible: `unerreichbar|unbezahlbar|unmöglich|unfinanzierbar|unerschwinglich|undenkbar|(?:viel\\s+)?zu\\s+(?:teuer|kostspielig)`,
  clauseWords: `ob|dass|wenn|weil|aber|und|oder|sondern|nur|bloß|allein|lediglich|wie|was`,
  frame: `(?:im\\s+Rahmen|innerhalb|außerhalb)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budget(?:technisch|mäßig|är|seitig)|etatmäßig|vom\\s+(?:Budget|Etat)\\s+her`,
  nearFrame: `(?:mit|bei|für|in|auf|unter)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `zu|um`,
  exceeds: `(?:hätte|hätten|würde|würden)\\s+(?:${CLAUSE_WORD}\\s+){0,4}?${BUDGET}\\s+(?:${CLAUSE_WORD}\\s+){0,3}?(?:gesprengt|überschritten|überstiegen|sprengen|überschreiten|übersteigen)`,
  fraction: `(?:zu|für|mit)\\s+(?:nur\\s+)?(?:einem|einen)\\s+(?:kleinen\\s+)?Bruchteil\\s+(?:der\\s+(?:\\p{L}+\\s+)?Kosten|des\\s+(?:\\p{L}+\\s+)?Budgets)`,
  making:
    `(?:realisier|produzier|erstell|herstell|erzeug|entwick|fertigstell)\\p{L}*|hergestellt|umgesetzt|umsetzen|setzte\\s+um|` +
    `abgeschlossen|geschaffen|schaffen|schufen?|gemacht|gedreht|drehen|drehten?|fertiggestellt|entstand(?:en)?`,
};
