/**
 * Question generation: from the facts of all loaded articles, the questions of a
 * quiz in the quiz language. Pure and deterministic: the same articles,
 * language and seed give the same questions; another seed changes their order
 * and the positions of the answers.
 */
import type { ArticleFacts, Lang } from '../facts.js';
import { budgetDrafts } from './build/budget.js';
import { comparisonDrafts } from './build/comparison.js';
import { figureDrafts } from './build/figures.js';
import { nameDrafts } from './build/names.js';
import { makeContext } from './context.js';
import { finalize, optionsDistinct, type Draft } from './draft.js';
import { balancedPositions, randomFor, shuffle } from './random.js';
import type { Question } from './types.js';

/** The seed of the bundled banks and of commands given no --seed. */
export const DEFAULT_SEED = 1;

export interface GenerateOptions {
  seed: number;
  /** At most this many questions, spread over the categories. */
  count?: number;
}

/** Up to `count` drafts, taking one of each category in turn so that every category is represented. */
function spread(drafts: readonly Draft[], count: number): Draft[] {
  if (count >= drafts.length) return drafts.slice();
  const queues = new Map<string, Draft[]>();
  for (const d of drafts) {
    const queue = queues.get(d.category);
    if (queue) queue.push(d);
    else queues.set(d.category, [d]);
  }
  const chosen = new Set<Draft>();
  for (let turn = 0; chosen.size < count; turn++) {
    for (const queue of queues.values()) {
      const next = queue[turn];
      if (next && chosen.size < count) chosen.add(next);
    }
  }
  // Keep the shuffled order.
  return drafts.filter((d) => chosen.has(d));
}

export function generateQuestions(all: readonly ArticleFacts[], lang: Lang, options: GenerateOptions): Question[] {
  const { seed } = options;
  const ctx = makeContext(all, lang, seed);
  const names = nameDrafts(ctx);
  const asked = new Set(names.map((d) => `${d.articles[0]}|${d.about}`));
  const drafts = [...figureDrafts(ctx), ...budgetDrafts(ctx), ...names, ...comparisonDrafts(ctx, asked)].filter((d) => optionsDistinct([d.correct, ...d.distractors]));
  const ordered = spread(shuffle(drafts, randomFor(seed, 'order')), options.count ?? drafts.length);
  const positions = balancedPositions(ordered.length, randomFor(seed, 'positions'));
  return ordered.map((d, i) => finalize(d, positions[i]!, randomFor(seed, `options|${d.key}`)));
}
