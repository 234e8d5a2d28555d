/**
 * What one article does compared with the others: whom it cites or names and
 * which figures stand in the same sentence, which facts of the others it leaves
 * out, and which figures it states without attribution.
 */
import type { Article, ArticleFacts, Evidence, Fact, MoneyFact, PercentFact, PersonRole, SpeedupFact } from '../facts.js';
import type { FigureKey } from '../i18n/sections/compare.js';
import { sentenceAt } from '../text/sentences.js';
import { figureOf } from './labels.js';
import { rowOf, type Matrix } from './matrix.js';

/** A source or a person the article names, with the figures stated in the same sentences. */
export interface Citation {
  /** The matrix row: "source:reuters", "person:ted sarandos". */
  key: string;
  kind: 'source' | 'person';
  name: string;
  /** The roles the article gives a person, if any. */
  roles: PersonRole[];
  /** Figures stated in a sentence that names this source or person, in order of first appearance. */
  about: FigureKey[];
  evidence: Evidence[];
}

export type Figure = SpeedupFact | MoneyFact | PercentFact;

export interface ArticleReport {
  article: Article;
  citations: Citation[];
  /** Keys of the matrix rows that other articles state and this one does not. */
  omits: string[];
  /**
   * Figures (speed-ups, amounts, percentages) stated in a sentence that holds
   * no cited source and no person with a role. A figure counts as attributed
   * only by what its own sentence says: a speaker named in the previous
   * sentence, or a quote whose speaker is not in the sentence, does not count.
   */
  unattributed: Figure[];
}

function isFigure(fact: Fact): fact is Figure {
  return fact.kind === 'speedup' || fact.kind === 'money' || fact.kind === 'percent';
}

/** Facts grouped by the start offset of their sentence. */
function bySentence(article: Article, facts: readonly Fact[]): Map<number, Fact[]> {
  const map = new Map<number, Fact[]>();
  for (const fact of facts) {
    const at = sentenceAt(article.sentences, fact.evidence.start)?.start ?? fact.evidence.start;
    const list = map.get(at);
    if (list) list.push(fact);
    else map.set(at, [fact]);
  }
  return map;
}

function citations(sentences: Map<number, Fact[]>): Citation[] {
  const out = new Map<string, Citation>();
  for (const facts of sentences.values()) {
    const figures = facts.map(figureOf).filter((f): f is FigureKey => f !== undefined);
    for (const fact of facts) {
      if (fact.kind !== 'source' && fact.kind !== 'person') continue;
      const key = rowOf(fact)!.key;
      let c = out.get(key);
      if (!c) out.set(key, (c = { key, kind: fact.kind, name: fact.name, roles: [], about: [], evidence: [] }));
      if (fact.kind === 'person' && fact.role && !c.roles.includes(fact.role)) c.roles.push(fact.role);
      for (const f of figures) if (!c.about.includes(f)) c.about.push(f);
      c.evidence.push(fact.evidence);
    }
  }
  return [...out.values()];
}

function unattributed(sentences: Map<number, Fact[]>): Figure[] {
  const out: Figure[] = [];
  for (const facts of sentences.values()) {
    const attributed = facts.some((f) => f.kind === 'source' || (f.kind === 'person' && f.role !== undefined));
    if (!attributed) out.push(...facts.filter(isFigure));
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

export function articleReports(matrix: Matrix, all: readonly ArticleFacts[]): ArticleReport[] {
  const stated = matrix.rows.filter((row) => Object.values(row.cells).some((c) => c !== null));
  return all.map(({ article, facts }) => {
    const sentences = bySentence(article, facts);
    const omits = stated.filter((row) => row.cells[article.file] === null).map((row) => row.key);
    return { article, citations: citations(sentences), omits, unattributed: unattributed(sentences) };
  });
}
