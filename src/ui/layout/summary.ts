/** The summary screen: one article in the reader's language, its key facts, and on request the original sentences. */
import type { Article, Lang } from '../../facts.js';
import { catalog, languageName } from '../../i18n/catalog.js';
import type { Summary, SummarySentence } from '../../summarize/types.js';
import { BLANK, block, span, type Block, type Span } from '../text/rich.js';
import { pagedFrame, type Framed, type Size } from './frame.js';
import { hints } from './hints.js';
import { quotedSentence } from './quote.js';

export interface SummaryView {
  summary: Summary;
  article: Article | undefined;
  index: number;
  count: number;
  originals: boolean;
  page: number;
  lang: Lang;
  /** The quiz follows the last article. */
  quizNext: boolean;
}

function originals(s: SummarySentence, lang: Lang, label: string): Block[] {
  const seen = new Set<string>();
  return s.evidence.flatMap((e) => {
    if (seen.has(e.sentence)) return [];
    seen.add(e.sentence);
    return [block([span(`${label}${catalog(lang).common.colon}`, { tone: 'muted' }), ...quotedSentence(e.sentence, e.text, lang)], { indent: 4 })];
  });
}

export function summaryTitle(v: SummaryView): Block[] {
  const t = catalog(v.lang).ui.summary;
  const { colon } = catalog(v.lang).common;
  const { summary, article } = v;
  const meta: Span[] = [span(`${t.outlet}${colon}${article?.outlet ?? t.noOutlet}`)];
  if (article?.date) meta.push(span(` · ${t.date}${colon}${article.date}`));
  meta.push(span(` · ${t.originalLanguage}${colon}${languageName(summary.language, v.lang)}`));
  return [
    block([span(t.articleOf(v.index + 1, v.count), { bold: true }), span(' · '), span(summary.title, { bold: true, tone: 'accent' })]),
    block(meta.map((s) => ({ ...s, tone: 'muted' as const }))),
  ];
}

export function summaryBody(v: SummaryView): Block[] {
  const t = catalog(v.lang).ui.summary;
  const { summary } = v;
  const body: Block[] = [];
  if (summary.lead) {
    body.push(block(summary.lead.text));
    if (v.originals) body.push(...originals(summary.lead, v.lang, t.original));
    body.push(BLANK);
  }
  body.push(block([span(t.keyFacts, { bold: true })]));
  if (!summary.sentences.length) body.push(block(t.noFacts, { indent: 2 }));
  for (const s of summary.sentences) {
    body.push(block(s.text, { prefix: span('• ', { tone: 'accent' }) }));
    if (v.originals) body.push(...originals(s, v.lang, t.original));
  }
  if (summary.quotes.length) {
    body.push(BLANK, block([span(t.quotes, { bold: true }), span(` (${languageName(summary.language, v.lang)})`, { tone: 'muted' })]));
    for (const q of summary.quotes) body.push(block(quotedSentence(q.text, '', v.lang), { prefix: span('› ', { tone: 'muted' }) }));
  }
  return body;
}

export function summaryFrame(v: SummaryView, size: Size): Framed {
  const ui = catalog(v.lang).ui;
  const h = hints(ui);
  const last = v.index >= v.count - 1;
  const keys = [
    h.article,
    { keys: 'o', label: v.originals ? ui.hint.hideOriginals : ui.hint.showOriginals },
    last ? (v.quizNext ? h.startQuiz : { keys: ui.keys.enter, label: ui.hint.menu }) : h.next,
    h.menu,
    h.quit,
  ];
  const input = { title: summaryTitle(v), body: summaryBody(v), keys, page: v.page };
  return pagedFrame(input, h.page, size, ui);
}
