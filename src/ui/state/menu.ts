/** What the menu offers, in order: it depends on what the lesson has. */
import type { MenuChoice, State } from './types.js';

export function menuChoices(state: State): MenuChoice[] {
  const choices: MenuChoice[] = [];
  if (state.articleCount) choices.push('summaries');
  if (state.questions.length) choices.push('quiz');
  if (state.compare) choices.push('compare');
  choices.push('language', 'quit');
  return choices;
}
