/** Extraction of the money dimension: amounts with their currency and, where the text gives it, their role. */
import type { Article, MoneyFact, Sentence } from '../../facts.js';
import { evidenceAt, matchSentences } from '../evidence.js';
import type { Amount } from './grammar.js';
import { readAmounts } from './reading.js';
import { moneyRules } from './rules.js';

/** The facts of each article, found once: the percent dimension reads them too. */
const memo = new WeakMap<Article, MoneyFact[]>();

export function extractMoney(article: Article): MoneyFact[] {
  let facts = memo.get(article);
  if (!facts) memo.set(article, (facts = moneyIn(article)));
  return [...facts];
}

function moneyIn(article: Article): MoneyFact[] {
  const rules = moneyRules(article.language);
  const bySentence = new Map<Sentence, Amount[]>();
  for (const { sentence, match } of matchSentences(article, rules.grammar.regex, rules.grammar.needs)) {
    const amount = rules.grammar.parse(match, sentence.text);
    if (!amount) continue;
    const list = bySentence.get(sentence) ?? [];
    list.push(amount);
    bySentence.set(sentence, list);
  }
  const facts: MoneyFact[] = [];
  for (const [sentence, amounts] of bySentence) {
    for (const r of readAmounts(sentence.text, amounts, rules)) {
      const evidence = evidenceAt(article, sentence.start + r.start, sentence.start + r.end);
      if (!evidence) continue;
      const { value, currency, approximate } = r.amount;
      facts.push({ kind: 'money', ...(r.role ? { role: r.role } : {}), amount: value, currency, approximate, evidence });
    }
  }
  return facts;
}
