/**
 * Who a fact is attributed to: a person, source or organization that the
 * fact's own sentence introduces with "according to" ("Ifølge co-CEO Ted
 * Sarandos …", "… laut Reuters", "Selon Le Monde, …"). Without such a marker
 * the article itself is the speaker.
 */
import type { Article, Fact, Lang, OrganizationFact, PersonFact, Sentence, SourceFact } from '../facts.js';
import { sentenceAt } from '../text/sentences.js';
import type { Speaker } from '../i18n/sections/summary.js';
import { statedFeminine } from './gender.js';
import { organizationDisplayName } from './names.js';

/** "According to" in each article language (lower case). */
const MARKERS: Record<Lang, string[]> = {
  en: ['according to'],
  de: ['laut', 'nach angaben von', 'gemäß'],
  nl: ['volgens'],
  nb: ['ifølge', 'i følge'],
  es: ['según', 'de acuerdo con'],
  fr: ['selon', "d'après", 'd’après'],
};

type Attributable = PersonFact | SourceFact | OrganizationFact;
const PREFERENCE: ReadonlyArray<Attributable['kind']> = ['person', 'source', 'organization'];

/**
 * The marker right before a name, with at most three words between (a role:
 * "ifølge co-CEO"; "according to data from") and no punctuation; or opening
 * the name's own evidence ("laut Reuters").
 */
interface MarkerPatterns {
  ahead: RegExp;
  within: RegExp;
}

function markerPatterns(markers: readonly string[]): MarkerPatterns {
  const pattern = markers.map((m) => m.replace(/\s+/g, '\\s+')).join('|');
  return {
    ahead: new RegExp(`(?:^|[^\\p{L}])(?:${pattern})\\s+(?:[^\\s,.;:!?()]+\\s+){0,3}$`, 'iu'),
    within: new RegExp(`^(?:${pattern})\\s`, 'iu'),
  };
}

const PATTERNS = Object.fromEntries(Object.entries(MARKERS).map(([lang, markers]) => [lang, markerPatterns(markers)])) as Record<Lang, MarkerPatterns>;

function isAttributed(article: Article, candidate: Attributable, sentenceStart: number): boolean {
  const { ahead, within } = PATTERNS[article.language];
  return ahead.test(article.body.slice(sentenceStart, candidate.evidence.start)) || within.test(candidate.evidence.text);
}

function speakerOf(fact: Attributable, facts: readonly Fact[], lang: Lang, articleLang: Lang): Speaker {
  if (fact.kind === 'source') return { kind: 'source', name: fact.name };
  if (fact.kind === 'organization') return { kind: 'source', name: organizationDisplayName(fact, lang) };
  // The role may be stated at another mention of the same person.
  const role = facts.find((f): f is PersonFact => f.kind === 'person' && f.name === fact.name && !!f.role)?.role;
  return {
    kind: 'person',
    name: fact.name,
    ...(role ? { role } : {}),
    ...(statedFeminine(fact.name, facts, articleLang) ? { feminine: true } : {}),
  };
}

/** The fact of `kind` in `sentence` that the sentence attributes a statement to, the first in the article's order. */
function attributedIn(article: Article, facts: readonly Fact[], sentence: Sentence, kind: Attributable['kind']): Attributable | undefined {
  for (const f of facts) {
    if (f.kind !== kind || f.evidence.start < sentence.start || f.evidence.end > sentence.end) continue;
    if (isAttributed(article, f, sentence.start)) return f;
  }
  return undefined;
}

/** The speaker of the first of `stated` that is attributed to someone, else the article. */
export function speakerFor(article: Article, facts: readonly Fact[], stated: readonly Fact[], lang: Lang): Speaker {
  for (const fact of stated) {
    const sentence = sentenceAt(article.sentences, fact.evidence.start);
    if (!sentence) continue;
    // A person before an organization: "according to Netflix co-CEO Ted Sarandos" is Sarandos.
    for (const kind of PREFERENCE) {
      const attributed = attributedIn(article, facts, sentence, kind);
      if (attributed) return speakerOf(attributed, facts, lang, article.language);
    }
  }
  return { kind: 'article' };
}
