/** The summary as plain text for the terminal, wrapped to a width. */
import { sanitize } from '../corpus/sanitize.js';
import type { Lang } from '../facts.js';
import { catalog, languageName } from '../i18n/catalog.js';
import { BLANK, block, lineText, span, type Block } from '../ui/text/rich.js';
import { wrapBlocks } from '../ui/text/wrap.js';
import type { Summary, SummarySentence } from './types.js';

const EVIDENCE_INDENT = 4;

export function renderSummaryText(summary: Summary, lang: Lang, width = 80): string {
  const t = catalog(lang).summary;
  const articleLanguage = languageName(summary.language, lang);
  const withEvidence = (s: SummarySentence, prefix?: string): Block[] => [
    block(s.text, prefix ? { prefix: span(prefix) } : {}),
    // The same words stated in several places are shown once.
    block([...new Set(s.evidence.map((e) => e.text))].map(t.quote).join(' · '), { indent: EVIDENCE_INDENT }),
  ];
  const blocks: Block[] = [
    block(sanitize(summary.title)),
    block(t.labels.articleLine({ articleLanguage, file: summary.file })),
    BLANK,
  ];
  if (summary.lead) blocks.push(...withEvidence(summary.lead), BLANK);
  if (summary.sentences.length) {
    blocks.push(block(t.labels.keyFacts));
    for (const s of summary.sentences) blocks.push(...withEvidence(s, '• '));
  } else blocks.push(block(t.labels.noFacts));
  if (summary.quotes.length) {
    blocks.push(BLANK, block(t.labels.quotes({ articleLanguage })));
    for (const q of summary.quotes) blocks.push(block(t.quote(q.text), { indent: 2 }));
  }
  return wrapBlocks(blocks, width)
    .map((line) => lineText(line).trimEnd())
    .join('\n');
}
