/**
 * The budget question: what an article that makes a budget statement ("would not
 * have been possible within the budget") says. The three wrong answers each
 * contradict such a statement, so none of them can be true.
 */
import { factsOf } from '../../facts.js';
import type { Context } from '../context.js';
import type { Draft } from '../draft.js';
import { excerpt, questionEvidence } from '../excerpt.js';

export function budgetDrafts(ctx: Context): Draft[] {
  const { text: t } = ctx;
  const out: Draft[] = [];
  for (const { article, facts } of ctx.all) {
    const statements = factsOf(facts, 'budget');
    const first = statements[0];
    if (!first) continue;
    const label = ctx.label(article);
    const { correct, wrong } = t.options.budget;
    out.push({
      key: `budget-statement|${article.file}`,
      category: 'budget',
      stem: t.stems.budget(label),
      correct,
      distractors: [...wrong],
      explain: () => ({
        explanation: `${t.explain.answer(t.quote(correct))} ${t.explain.says(label, t.quote(excerpt(article, first.evidence)))}`,
        evidence: statements.map((s) => questionEvidence(article, s.evidence)),
      }),
      articles: [article.file],
    });
  }
  return out;
}
