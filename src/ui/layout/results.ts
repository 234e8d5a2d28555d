/** The results of a round: score, per category, time taken, mistakes, and where the results file went. */
import type { Lang } from '../../facts.js';
import { catalog } from '../../i18n/catalog.js';
import { formatPercent } from '../../i18n/format.js';
import { grade, share, type Tally } from '../../quiz/grade.js';
import { formatDuration } from '../format-duration.js';
import { answersById } from '../state/round.js';
import type { Round, SaveOutcome } from '../state/types.js';
import { BLANK, block, span, type Block } from '../text/rich.js';
import { displayWidth } from '../../text/width.js';
import { pagedFrame, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';

function bar({ correct, total }: Tally): string {
  const cells = Math.min(total, 10);
  const filled = Math.round((correct / total) * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function resultsFrame(round: Round, saved: SaveOutcome | null, lang: Lang, size: Size, page: number): Framed {
  const c = catalog(lang);
  const t = c.ui.results;
  const h = hints(c.ui);
  const graded = grade(round.questions, answersById(round));
  const { correct, total } = graded.overall;
  const missed = graded.wrong.length;
  const percent = formatPercent(Math.round(share(graded.overall) * 100), lang);
  const title = [block([span(t.title, { bold: true }), ...(round.number > 1 ? [span(` · ${c.ui.quiz.retryRound(round.number - 1)}`, { bold: true })] : [])])];

  const rows = graded.byCategory.map((tally) => ({ label: c.quiz.categories[tally.category], tally }));
  const labelWidth = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
  const body: Block[] = [
    block([span(t.score(correct, total, percent), { bold: true })]),
    missed
      ? block([span('✗ ', { tone: 'bad', bold: true }), span(t.mistakes(missed), { bold: true })])
      : block([span('✓ ', { tone: 'good', bold: true }), span(t.noMistakes, { bold: true })]),
    block(`${t.time}${c.common.colon}${formatDuration((round.finishedAt ?? round.startedAt) - round.startedAt, lang)}`),
    BLANK,
    block([span(t.byCategory, { bold: true })]),
    ...rows.map((r) =>
      block([span(`  ${r.label}${' '.repeat(labelWidth - displayWidth(r.label))}  ${`${r.tally.correct}/${r.tally.total}`.padStart(5)}  `), span(bar(r.tally), { tone: r.tally.correct === r.tally.total ? 'good' : 'accent' })], { pre: true }),
    ),
    BLANK,
  ];
  if (saved?.ok) body.push(block([span(`${t.savedTo}${c.common.colon}`), span(saved.path, { tone: 'accent' })]));
  else if (saved) body.push(block([span(`⚠ ${t.notSaved}${c.common.colon}`, { tone: 'warn', bold: true }), span(saved.error)]));

  const keys = [...(missed ? [h.review, h.retry] : []), h.menu, h.quit];
  return pagedFrame({ title, body, keys, page }, h.page, size, c.ui);
}
