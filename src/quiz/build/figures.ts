/**
 * Questions on one article's figures: speed-up, revenue, profit, budget amount,
 * growth. Built only when the article states a single value for the role; the
 * distractors keep clear of every value it states for that role.
 */
import { sameValue } from '../../compare/matrix.js';
import { factsOf, type Article, type Fact } from '../../facts.js';
import { formatFactor, formatMoney, formatPercent } from '../../i18n/format.js';
import type { ArticleFigure } from '../../i18n/sections/quiz.js';
import type { Context } from '../context.js';
import type { Draft } from '../draft.js';
import { numericDistractors } from '../distractors/numbers.js';
import { excerpt, questionEvidence } from '../excerpt.js';
import { memo } from '../../util/memo.js';
import type { Category } from '../types.js';

interface Stated {
  value: number;
  currency?: string;
  approximate?: boolean;
  fact: Fact;
}

const FIGURES: Record<ArticleFigure, Category> = {
  speedup: 'speed',
  'budget-amount': 'budget',
  revenue: 'revenue',
  profit: 'profit',
  'revenue-growth': 'growth',
  'profit-growth': 'growth',
};

/** The values an article states for a figure. */
function stated(facts: readonly Fact[], figure: ArticleFigure): Stated[] {
  switch (figure) {
    case 'speedup':
      return factsOf(facts, 'speedup').map((f) => ({ value: f.factor, fact: f }));
    case 'budget-amount':
    case 'revenue':
    case 'profit': {
      const role = figure === 'budget-amount' ? 'budget' : figure;
      return factsOf(facts, 'money')
        .filter((f) => f.role === role)
        .map((f) => ({ value: f.amount, currency: f.currency, approximate: f.approximate, fact: f }));
    }
    case 'revenue-growth':
    case 'profit-growth':
      return factsOf(facts, 'percent')
        .filter((f) => f.role === figure)
        .map((f) => ({ value: f.value, fact: f }));
  }
}

/** The scale word a number is written with (thousand, million, billion, …). */
const scale = (x: number) => Math.floor(Math.log10(x) / 3);

function figureDraft(ctx: Context, article: Article, facts: readonly Fact[], figure: ArticleFigure): Draft | undefined {
  const values = stated(facts, figure);
  const first = values[0];
  // One value only: an article that states two different ones has no certain answer.
  if (!first || !values.every((v) => sameValue(v, first))) return undefined;
  const main = values.find((v) => !v.approximate) ?? first;
  if (!(main.value > 0) || !Number.isFinite(main.value)) return undefined;
  const { lang, text: t } = ctx;
  // Each value once: the search for distractors and the options read the same ones again.
  const format = memo(
    figure === 'speedup'
      ? (x: number) => formatFactor(x, lang)
      : figure === 'revenue-growth' || figure === 'profit-growth'
        ? (x: number) => formatPercent(x, lang)
        : (x: number) => formatMoney(x, main.currency!, lang),
  );
  const plausible =
    figure === 'speedup'
      ? (x: number) => x > 1
      : figure === 'revenue-growth' || figure === 'profit-growth'
        ? (x: number) => x > 0 && x < 1000
        : // The same scale word, and never "1 billion": a singular would stand out among plurals.
          (x: number) => x > 0 && scale(x) === scale(main.value) && !/(^|[^\d.,])1(?![\d.,])/.test(format(x));
  const key = `${figure}|${article.file}`;
  const random = ctx.random(key);
  const below = ctx.nextBelow();
  const spec = { value: main.value, excluded: values.map((v) => v.value), format, plausible };
  const numbers = numericDistractors({ ...spec, below }, random) ?? numericDistractors({ ...spec, below: below === 1 ? 2 : 1 }, random);
  if (!numbers) return undefined;
  const label = ctx.label(article);
  const correct = format(main.value);
  return {
    key,
    category: FIGURES[figure],
    stem: t.stems.figure[figure](label),
    correct,
    distractors: numbers.map(format) as [string, string, string],
    explain: () => ({
      explanation: `${t.explain.answer(correct)} ${t.explain.says(label, t.quote(excerpt(article, main.fact.evidence)))}`,
      evidence: values.map((v) => questionEvidence(article, v.fact.evidence)),
    }),
    articles: [article.file],
  };
}

export function figureDrafts(ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (const { article, facts } of ctx.all) {
    for (const figure of Object.keys(FIGURES) as ArticleFigure[]) {
      const draft = figureDraft(ctx, article, facts, figure);
      if (draft) out.push(draft);
    }
  }
  return out;
}
