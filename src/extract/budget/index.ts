/**
 * Extraction of the budget dimension: a statement that the work would not have
 * been affordable or feasible within the production's budget ("would not have
 * been possible within the show's budget", "budgettechnisch nicht realisierbar"),
 * or was made for a fraction of the cost. A mere mention of a budget is none.
 */
import type { Article, BudgetFact, Fact, Lang, Sentence } from '../../facts.js';
import { evidenceAt } from '../evidence.js';
import { wordGate } from '../gate.js';
import { gatedMatches } from '../matches.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { CLAUSE_WORD, type BudgetLanguage } from './rule.js';
import { occurrences } from '../../text/occurrences.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

const LANGUAGES: Record<Lang, BudgetLanguage> = { en, de, nl, nb, es, fr };

/** Most words between an infeasibility and a budget frame ("wouldn't have been possible for a show in that budget"). */
const MAX_GAP = 6;
const MAX_NEAR_GAP = 3;
/** Most words between a making verb and "a fraction of the cost". */
const MAX_MAKING_GAP = 8;
/** Punctuation that ends a clause inside a sentence. */
const CLAUSE_BREAK = /[;:()[\]–—!?]|\s-\s/u;

/** A pattern of a phrase (global), and its gate. */
interface Phrase {
  re: RegExp;
  gate: RegExp;
}

interface Compiled {
  /** Matches a word one of which every statement contains: a cheap first test. */
  marks: RegExp;
  /** Matches (loosely) wherever a budget frame, an exceeding or a fraction phrase does: every statement has one. */
  any: RegExp;
  impossible: Phrase;
  frame: Phrase;
  nearFrame: Phrase;
  exceeds: Phrase;
  fraction: Phrase;
  making: Phrase;
  clauseWord: RegExp;
  infinitive: RegExp;
}

/** `alternation` as whole words. */
const words = (alternation: string) => `(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`;

function compile(l: BudgetLanguage): Compiled {
  const all = (source: string): Phrase => ({ re: new RegExp(words(source), 'giu'), gate: wordGate([source], 'iu') });
  const notClause = `(?!${words(l.clauseWords)})`;
  // "not" + up to four words of the same clause + "possible"; or "impossible".
  const impossible = `(?:${l.negation})(?:\\s+${notClause}${CLAUSE_WORD}){0,4}?\\s+["“„«]?(?:${l.feasible})|${l.infeasible}`;
  return {
    marks: new RegExp(l.marks.join('|'), 'iu'),
    any: wordGate([l.frame, l.nearFrame, l.exceeds, l.fraction], 'iu'),
    impossible: all(impossible),
    frame: all(l.frame),
    nearFrame: all(l.nearFrame),
    exceeds: all(l.exceeds),
    fraction: all(l.fraction),
    making: all(l.making),
    clauseWord: new RegExp(words(l.clauseWords), 'iu'),
    infinitive: new RegExp(words(l.infinitive), 'iu'),
  };
}

const compiled = releasable(memo((lang: Lang) => compile(LANGUAGES[lang])));

interface Span {
  start: number;
  end: number;
}

function spans(phrase: Phrase, text: string): Span[] {
  return gatedMatches(text, phrase.re, phrase.gate).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether `a` and `b` stand in one stretch of `text` without clause-ending
 * punctuation, at most `max` words apart, and no word of `barred` between them.
 */
function near(text: string, a: Span, b: Span, max: number, barred: readonly RegExp[] = []): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start <= first.end) return true;
  const gap = text.slice(first.end, second.start);
  if (CLAUSE_BREAK.test(gap) || barred.some((re) => re.test(gap))) return false;
  return (gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= max;
}

/** Candidate statements in one sentence, as spans of its text. */
function statements(text: string, c: Compiled): Span[] {
  const found: Span[] = [];
  const cover = (a: Span, b: Span) => found.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
  const impossible = spans(c.impossible, text);
  for (const imp of impossible) {
    for (const f of spans(c.frame, text)) if (near(text, imp, f, MAX_GAP, [c.clauseWord])) cover(imp, f);
    for (const f of spans(c.nearFrame, text)) {
      if (near(text, imp, f, MAX_NEAR_GAP, [c.clauseWord, c.infinitive])) cover(imp, f);
    }
  }
  found.push(...spans(c.exceeds, text));
  const fractions = spans(c.fraction, text);
  const making = fractions.length ? spans(c.making, text) : [];
  for (const f of fractions) {
    if (making.some((m) => near(text, m, f, MAX_MAKING_GAP))) found.push(f);
  }
  return found;
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
];

/** Widens a span of the sentence text by a quotation mark that it opens or closes without its partner. */
function withQuotes(text: string, span: Span): Span {
  let { start, end } = span;
  for (const [open, close] of QUOTES) {
    const inside = text.slice(start, end);
    const opens = occurrences(inside, open);
    const closes = open === close ? opens : occurrences(inside, close);
    const unbalanced = open === close ? opens % 2 === 1 : opens !== closes;
    if (!unbalanced) continue;
    if (text[start - 1] === open && (open === close || closes > opens)) start--;
    else if (text[end] === close && (open === close || opens > closes)) end++;
  }
  return { start, end };
}

function statementIn(article: Article, sentence: Sentence, c: Compiled): BudgetFact | undefined {
  // One fact per sentence: the shortest statement.
  const best = statements(sentence.text, c).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)[0];
  if (!best) return undefined;
  const { start, end } = withQuotes(sentence.text, best);
  const evidence = evidenceAt(article, sentence.start + start, sentence.start + end);
  return evidence && { kind: 'budget', evidence };
}

export function extractBudget(article: Article): Fact[] {
  const c = compiled(article.language);
  const { marks, any } = c;
  // Each test reads all sentences before the next (its compiled pattern stays warm).
  const candidates = article.sentences.filter((s) => marks.test(s.text)).filter((s) => any.test(s.text));
  const facts: BudgetFact[] = [];
  for (const sentence of candidates) {
    const fact = statementIn(article, sentence, c);
    if (fact) facts.push(fact);
  }
  return facts;
}
