/** Hand-built facts pointing into test articles, so the comparison is tested without the extractors. */
import type { Article, ArticleFacts, Evidence, Fact, MoneyRole, PercentRole, PersonRole } from '../../src/facts.js';
import { sentenceAt } from '../../src/text/sentences.js';
import { article } from '../helpers.js';

/** Evidence for the `nth` occurrence of `phrase` in the article. */
export function ev(a: Article, phrase: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = a.body.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" not in ${a.file}`);
  }
  return { text: phrase, sentence: sentenceAt(a.sentences, start)!.text, start, end: start + phrase.length };
}

/** Builds facts of one article: `f.speedup('ten times', 10)` etc. */
export function facts(a: Article) {
  const list: Fact[] = [];
  const add = (f: Fact) => (list.push(f), api);
  const api = {
    speedup: (p: string, factor: number, nth = 0) => add({ kind: 'speedup', factor, evidence: ev(a, p, nth) }),
    money: (p: string, amount: number, currency: string, role?: MoneyRole, approximate = false) =>
      add({ kind: 'money', amount, currency, approximate, evidence: ev(a, p), ...(role ? { role } : {}) }),
    percent: (p: string, value: number, role?: PercentRole) => add({ kind: 'percent', value, evidence: ev(a, p), ...(role ? { role } : {}) }),
    budget: (p: string) => add({ kind: 'budget', evidence: ev(a, p) }),
    org: (p: string, canonical: string, nth = 0) => add({ kind: 'organization', name: p, canonical, evidence: ev(a, p, nth) }),
    person: (p: string, name: string, role?: PersonRole) => add({ kind: 'person', name, evidence: ev(a, p), ...(role ? { role } : {}) }),
    source: (p: string, name: string) => add({ kind: 'source', name, evidence: ev(a, p) }),
    done: (): ArticleFacts => ({ article: a, facts: list.sort((x, y) => x.evidence.start - y.evidence.start) }),
  };
  return api;
}

export { article };
