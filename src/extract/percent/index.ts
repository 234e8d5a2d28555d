/** Extraction of the percent dimension: percentages and, where the text says so, whose growth they are. */
import type { Article, PercentFact } from '../../facts.js';
import { parseNumber } from '../../text/numbers.js';
import { evidenceAt, matchSentences } from '../evidence.js';
import { extractMoney } from '../money/index.js';
import { readPercent, type RoleAmount } from './reading.js';
import { percentRules } from './rules.js';

export function extractPercent(article: Article): PercentFact[] {
  const rules = percentRules(article.language);
  const money = extractMoney(article).filter((f) => f.role !== undefined);
  const facts: PercentFact[] = [];
  for (const { sentence, match } of matchSentences(article, rules.regex, rules.needs)) {
    const magnitude = parseNumber(match.groups!.num!, article.language);
    if (magnitude === undefined) continue;
    const negative = /^[-−]/.test(match.groups!.sign ?? '');
    const amounts: RoleAmount[] = money
      .filter((f) => f.evidence.start >= sentence.start && f.evidence.end <= sentence.end)
      .map((f) => ({ role: f.role!, start: f.evidence.start - sentence.start, end: f.evidence.end - sentence.start }));
    const reading = readPercent(sentence.text, match.index, match.index + match[0].length, !negative, amounts, rules);
    const evidence = evidenceAt(article, sentence.start + reading.start, sentence.start + reading.end);
    if (!evidence) continue;
    facts.push({ kind: 'percent', ...(reading.role ? { role: reading.role } : {}), value: negative ? -magnitude : magnitude, evidence });
  }
  return facts;
}
