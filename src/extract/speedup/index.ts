/** Extraction of the speedup dimension: "ten times faster", "in a tenth of the time". */
import type { Article, Fact, Lang, SpeedupFact } from '../../facts.js';
import { numberWordPattern, parseNumber } from '../../text/numbers.js';
import { evidenceAt, matchEach } from '../evidence.js';
import { wordGate } from '../gate.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import type { SpeedupLanguage, SpeedupRule } from './rule.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

const LANGUAGES: Record<Lang, SpeedupLanguage> = { en, de, nl, nb, es, fr };

interface Compiled {
  /** Each rule with its gate. */
  rules: Array<{ re: RegExp; gate: RegExp; rule: SpeedupRule }>;
  /** Matches a word one of which every rule's match contains: a cheap first test. */
  marks: RegExp;
  /** Matches wherever one of the rules does: other sentences are not searched. */
  any: RegExp;
  /** Tests the sentence text before a match: a negation right before it. */
  negated: RegExp;
  /** Tests the sentence text before a match: the lower end of a range ("5 to "). */
  range: RegExp;
}


function compile(lang: Lang): Compiled {
  const { marks, rules, negation, notOnly, rangeJoin } = LANGUAGES[lang];
  const word = (alternation: string) => `(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`;
  return {
    // A match starts at a word boundary, not inside "twenty-five" or "1.10".
    rules: rules.map((rule) => ({
      re: new RegExp(`(?<![\\p{L}\\p{N}_-]|\\p{N}[.,])(?:${rule.pattern})(?![\\p{L}\\p{N}])`, 'giu'),
      gate: wordGate([rule.pattern], 'iu'),
      rule,
    })),
    marks: new RegExp(marks.join('|'), 'iu'),
    any: wordGate(rules.map((r) => r.pattern), 'iu'),
    // "not ten times faster", "isn't really ten times faster"; not "not only ten times faster".
    negated: new RegExp(`${word(negation)}(?:\\s+(?!${word(notOnly)})[\\p{L}'’]+)?\\s+$`, 'iu'),
    range: new RegExp(`(?:\\p{N}|${word(numberWordPattern(lang))})\\s*(?:[-–]\\s*(?:${word(rangeJoin)})?|${word(rangeJoin)})\\s*$`, 'iu'),
  };
}

const compiled = releasable(memo(compile));

function factorOf(match: RegExpExecArray, rule: SpeedupRule, lang: Lang): number | undefined {
  const { n, w } = match.groups ?? {};
  if (n !== undefined) return parseNumber(n, lang);
  if (w !== undefined) return rule.words?.[w.toLowerCase()];
  return undefined;
}

export function extractSpeedup(article: Article): Fact[] {
  const lang = article.language;
  const c = compiled(lang);
  const found: Array<{ start: number; end: number; factor: number }> = [];
  const { marks, any } = c;
  const sentences = article.sentences.filter((s) => marks.test(s.text) && any.test(s.text));
  for (const { re, gate, rule } of c.rules) {
    for (const { sentence, match, start } of matchEach(sentences.filter((s) => gate.test(s.text)), re)) {
      const before = sentence.text.slice(0, match.index);
      if (c.negated.test(before)) continue;
      if (match.groups?.n !== undefined && c.range.test(before)) continue;
      const factor = factorOf(match, rule, lang);
      if (factor === undefined || !(factor > 1)) continue;
      found.push({ start, end: start + match[0].length, factor });
    }
  }
  // One fact per phrase: where matches of several rules overlap, the earliest and longest wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const facts: SpeedupFact[] = [];
  let reached = -1;
  for (const f of found) {
    if (f.start < reached) continue;
    const evidence = evidenceAt(article, f.start, f.end);
    if (!evidence) continue;
    facts.push({ kind: 'speedup', factor: f.factor, evidence });
    reached = f.end;
  }
  return facts;
}
