/**
 * The lead: whom the article reports on and in which work, as far as it states
 * them. The actor is the organization the article opens with and keeps coming
 * back to; the work is a title named with its genre that the article puts in
 * its title or opening, names more than once, or names in the paragraph of a
 * key fact (a speed-up, an amount, the budget). Each is evidenced by its
 * mention; without either there is no lead.
 */
import type { Article, Evidence, Fact, Lang, OrganizationFact } from '../facts.js';
import { factsOf } from '../facts.js';
import { catalog } from '../i18n/catalog.js';
import { organizationDisplayName } from './names.js';
import { paragraphAt } from './paragraph.js';
import type { SummarySentence } from './types.js';
import { findWorks, type WorkMention } from './work/index.js';
import { occurrences } from '../text/occurrences.js';

/** The opening of an article: its first sentences. */
const OPENING = 3;
/** Facts whose paragraph makes a work named there central. */
const KEY_FACTS = new Set<Fact['kind']>(['speedup', 'budget', 'money', 'percent']);

function openingEnd(article: Article): number {
  return article.sentences[Math.min(OPENING, article.sentences.length) - 1]?.end ?? 0;
}

/** The organization mentioned in the opening and again later (or in the title), most often; not a cited source. */
function mainActor(article: Article, facts: readonly Fact[]): OrganizationFact | undefined {
  const sources = new Set(factsOf(facts, 'source').map((s) => s.name.toLowerCase()));
  const byKey = new Map<string, OrganizationFact[]>();
  for (const f of factsOf(facts, 'organization')) {
    if (sources.has(f.name.toLowerCase()) || sources.has(f.canonical.toLowerCase())) continue;
    const mentions = byKey.get(f.canonical);
    if (mentions) mentions.push(f);
    else byKey.set(f.canonical, [f]);
  }
  const end = openingEnd(article);
  let best: OrganizationFact[] | undefined;
  for (const mentions of byKey.values()) {
    const first = mentions[0]!;
    const inTitle = article.title.includes(first.name);
    if (first.evidence.start >= end || (mentions.length < 2 && !inTitle)) continue;
    if (!best || mentions.length > best.length) best = mentions;
  }
  return best?.[0];
}

/** People's and organizations' names (lower case), never a title. */
function namesIn(facts: readonly Fact[]): Set<string> {
  const names = new Set<string>();
  for (const f of facts) if (f.kind === 'organization' || f.kind === 'person' || f.kind === 'source') names.add(f.name.toLowerCase());
  return names;
}

/** The work named most often among those the article treats as central (see above); never a person's or organization's name. */
function mainWork(article: Article, facts: readonly Fact[]): WorkMention | undefined {
  const works = findWorks(article, namesIn(facts));
  if (!works.length) return undefined;
  const end = openingEnd(article);
  const keyParagraphs = new Set(facts.filter((f) => KEY_FACTS.has(f.kind)).map((f) => paragraphAt(article.body, f.evidence.start).start));
  // A title is often named several times: its mentions are counted once.
  const counts = new Map<string, number>();
  let best: WorkMention | undefined;
  let bestCount = 0;
  for (const w of works) {
    let count = counts.get(w.title);
    if (count === undefined) counts.set(w.title, (count = occurrences(article.body, w.title)));
    const salient =
      article.title.includes(w.title) || count >= 2 || w.evidence.start < end || keyParagraphs.has(paragraphAt(article.body, w.evidence.start).start);
    if (salient && (!best || count > bestCount)) {
      best = w;
      bestCount = count;
    }
  }
  return best;
}

export function buildLead(article: Article, facts: readonly Fact[], lang: Lang): SummarySentence | null {
  const actor = mainActor(article, facts);
  const work = mainWork(article, facts);
  if (!actor && !work) return null;
  const text = catalog(lang).summary.lead({
    ...(actor ? { actor: organizationDisplayName(actor, lang) } : {}),
    ...(work ? { work: { genre: work.genre, title: work.title } } : {}),
  });
  const evidence: Evidence[] = [actor?.evidence, work?.evidence].filter((e): e is Evidence => !!e);
  return { text, evidence };
}
