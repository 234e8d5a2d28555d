/** French budget-statement rules. */
import { CLAUSE_WORD, WORD, type BudgetLanguage } from './rule.js';

const BUDGET = `budgets?(?![\\p{L}-])`;

export const fr: BudgetLanguage = {
  marks: ['budg', 'fraction'],
  negation: `(?:n['’]\\p{L}+\\s+|ne\\s+\\p{L}+\\s+)?(?:pas|jamais|guère|nullement)`,
  feasible:
    `possible|faisable|réalisable|envisageable|abordable|finançable|atteignable|permis|tenu|tenir|tiendrait|tiendraient|` +
    `(?:se|nous|vous|s['’])\\s*(?:l['’]|le\\s+|la\\s+|les\\s+)?(?:offrir|permettre|payer)`,
  infeasible:
    `impossible|infaisable|irréalisable|inabordable|inenvisageable|impensable|inatteignable|hors\\s+de\\s+portée|hors\\s+de\\s+prix|` +
    `trop\\s+(?:cher|chère|chers|chères|coûteu(?:x|se|ses)|onéreu(?:x|se|ses))`,
  clauseWords: `si|que|qu|parce|mais|et|ou|seulement|uniquement|simplement|comment`,
  frame:
    `(?:dans\\s+le\\s+cadre|dans\\s+les\\s+limites|en\\s+dehors)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}|budgétairement|` +
    `(?:sur\\s+le\\s+plan|d['’]un\\s+point\\s+de\\s+vue)\\s+budgétaire`,
  nearFrame: `(?:dans|avec|pour|en|sur|sous)\\s+(?:${WORD}\\s+){0,3}?${BUDGET}`,
  infinitive: `de|à|d(?=['’])`,
  exceeds:
    `(?:(?:aurait|auraient|ferait|feraient)\\s+(?:${CLAUSE_WORD}\\s+){0,2}?(?:fait\\s+)?(?:exploser|explosé|dépassé|crevé|dépasser)|` +
    `dépasserait|dépasseraient|excéderait|excéderaient|crèverait)\\s+(?:${CLAUSE_WORD}\\s+){0,3}?${BUDGET}`,
  fraction:
    `(?:pour|à|avec)\\s+(?:seulement\\s+)?une\\s+(?:(?:petite|infime)\\s+)?fraction\\s+` +
    `(?:du\\s+(?:\\p{L}+\\s+)?(?:coût|budget)|des\\s+(?:\\p{L}+\\s+)?(?:coûts|frais)|de\\s+ce\\s+qu['’](?:il|elle)\\s+aurait\\s+coûté)`,
  // Not "produit" nor "fait": as nouns ("le produit", "le fait") they are too common.
  making:
    `réalis\\p{L}*|produites?|produire|produisai\\p{L}*|produisit|cré(?:é|ée|és|ées|er|ait|aient|èrent)|fabriqu\\p{L}*|` +
    `tourn(?:é|ée|és|ées|er)|achev\\p{L}*|termin(?:é|ée|és|ées|er)|développ\\p{L}*|génér(?:é|ée|és|ées|er)`,
};
