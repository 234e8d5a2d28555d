/** Grades and class reports as plain text in the reader's language. */
import type { Lang } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { formatPercent } from '../i18n/format.js';
import { share, type Grade, type Tally } from './grade.js';
import type { ClassReport } from './report.js';
import { LETTERS, type Question } from './types.js';

function percent(t: Tally | number, lang: Lang): string {
  return formatPercent(Math.round((typeof t === 'number' ? t : share(t)) * 100), lang);
}

function score(t: Tally, lang: Lang): string {
  return catalog(lang).quiz.grading.score(t.correct, t.total, percent(t, lang));
}

function table(rows: Array<[string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
}

export function renderGrade(g: Grade, lang: Lang): string {
  const t = catalog(lang).quiz;
  const { colon } = catalog(lang).common;
  const heading = (label: string) => `${label}${colon.trimEnd()}`;
  const lines = [`${t.grading.overall}${colon}${score(g.overall, lang)}`, '', heading(t.grading.byCategory)];
  lines.push(...table(g.byCategory.map((c) => [t.categories[c.category], score(c, lang)])), '', heading(t.grading.byArticle));
  lines.push(...table(g.byArticle.map((a) => [a.file, score(a, lang)])), '');
  if (g.wrong.length === 0) lines.push(t.grading.allCorrect);
  else {
    lines.push(heading(t.grading.wrongAnswers));
    g.wrong.forEach((w, i) => {
      const chosen = w.chosen === null ? t.grading.noAnswer : t.grading.yourAnswer(`${LETTERS[w.chosen]}. ${w.chosenOption ?? ''}`);
      lines.push('', `${i + 1}. ${w.stem}`, `   ${chosen}`, `   ${t.grading.correctAnswer(`${LETTERS[w.answer]}. ${w.correctOption}`)}`, `   ${w.explanation}`);
    });
  }
  return lines.join('\n') + '\n';
}

export function renderReport(r: ClassReport, lang: Lang): string {
  const t = catalog(lang).quiz;
  const { colon } = catalog(lang).common;
  const heading = (label: string) => `${label}${colon.trimEnd()}`;
  const max = Math.max(1, ...r.distribution.map((b) => b.count));
  const lines = [t.report.title(r.results), t.report.average(percent(r.average, lang)), '', heading(t.report.distribution)];
  for (const b of [...r.distribution].reverse()) {
    const range = `${b.from}–${formatPercent(b.to, lang)}`;
    lines.push(`  ${range.padEnd(10)} ${'█'.repeat(Math.round((b.count / max) * 20)).padEnd(20)} ${t.report.resultCount(b.count)}`);
  }
  lines.push('', heading(t.report.mostMissed));
  if (r.mostMissed.length === 0) lines.push(`  ${t.report.noneMissed}`);
  r.mostMissed.forEach((m, i) => lines.push(`  ${i + 1}. ${m.stem}`, `     ${m.id}, ${t.categories[m.category]}${colon}${t.report.missed(m.missed, m.asked)}`));
  lines.push('', heading(t.report.byCategory), ...table(r.byCategory.map((c) => [t.categories[c.category], score(c, lang)])));
  return lines.join('\n') + '\n';
}

/** Questions for review: each with its options, the correct one marked, and the explanation. */
export function renderQuestions(questions: readonly Question[], lang: Lang, seed: number): string {
  const t = catalog(lang).quiz;
  const lines = [`${t.export.worksheetTitle(questions.length)} (${lang}, seed ${seed})`];
  questions.forEach((q, n) => {
    lines.push('', `${n + 1}. [${t.categories[q.category]}] ${q.stem}`);
    q.options.forEach((o, i) => lines.push(`   ${i === q.answer ? '✓' : ' '} ${LETTERS[i]}. ${o}`));
    lines.push(`     ${q.explanation}`);
  });
  return lines.join('\n') + '\n';
}
