/** Facts → summary: a lead, the key facts as sentences with evidence, and quotes of the original. */
import type { ArticleFacts, Lang } from '../facts.js';
import { rankSentences } from './centrality.js';
import { keyFactSentences } from './key-facts.js';
import { buildLead } from './lead.js';
import { pickQuotes } from './quotes.js';
import type { Summary } from './types.js';

export type { Quote, Summary, SummarySentence } from './types.js';
export { renderSummaryText } from './render.js';

/** The summary of one article in language `lang`; it states only what the article's facts state. */
export function summarize({ article, facts }: ArticleFacts, lang: Lang): Summary {
  return {
    file: article.file,
    language: article.language,
    summaryLanguage: lang,
    title: article.title,
    lead: buildLead(article, facts, lang),
    sentences: keyFactSentences(article, facts, lang),
    quotes: pickQuotes(rankSentences(article)),
  };
}
