/**
 * Sources an article cites for its information. A source is an organization:
 * - any organization after "according to" / "laut" / "volgens" / "ifølge" /
 *   "según" / "selon" (or before "zufolge"), unless it only names a person's
 *   employer ("according to Netflix CEO Ted Sarandos");
 * - a news organization with a verb of reporting ("Reuters reported", "meldt de NOS");
 * - a news organization in a dateline ("LONDON (Reuters) –") or on a line of
 *   its own labelled "Source:" / "Quelle:". A credit that ends a caption line
 *   ("… im Einsatz. Quelle: Netflix") names a picture's owner, not a source.
 */
import type { Article, Lang, Sentence } from '../../facts.js';
import { AT_WORD_START, guardedMatches, matchAt } from '../matches.js';
import { findOrganizations, type OrganizationMatch } from '../organizations/find.js';
import { NEWS_KINDS } from '../organizations/institutions.js';
import { ORGANIZATION_RULES } from '../organizations/rules.js';
import { findPeople } from '../people/find.js';
import { SOURCE_RULES } from './rules.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

export interface SourceMention {
  name: string;
  /** Offsets of the evidence (cue and name) in the article body. */
  start: number;
  end: number;
}

interface SourcePatterns {
  /** "according to " (global), to be read where `AT_WORD_START` holds. */
  accordingTo: RegExp;
  /** " zufolge" right after a name (sticky); undefined where the language has none. */
  accordingToAfter: RegExp | undefined;
  /** "meldt " before a name (global), to be read where `AT_WORD_START` holds. */
  reportedBefore: RegExp;
  /** " reported" right after a name (sticky). */
  reportedAfter: RegExp;
  /**
   * What may stand between a cue and the source's name (sticky): articles, a
   * noun for the kind of institution, an opening quote ("meldt persbureau
   * ANP", "laut der Nachrichtenagentur dpa", "wie die „Süddeutsche Zeitung“").
   */
  lead: RegExp;
  /** "Quelle: " at the start of a line. */
  label: RegExp;
}

const QUOTE = `["“„«‘'»]?`;
/** The rules' phrases are pattern sources. */
const list = (phrases: string[]) => phrases.join('|');

function compile(lang: Lang): SourcePatterns {
  const r = SOURCE_RULES[lang];
  const articles = r.articles.map((a) => (/['’]$/.test(a) ? a : `${a}\\s+`));
  const kinds = ORGANIZATION_RULES[lang].classifiers.map((c) => `${c}\\s+`);
  return {
    accordingTo: new RegExp(`(?:${list(r.accordingTo)})\\s+`, 'giu'),
    accordingToAfter: r.accordingToAfter.length
      ? new RegExp(`${QUOTE}\\s+(?:${list(r.accordingToAfter)})(?![\\p{L}\\p{N}])`, 'iuy')
      : undefined,
    reportedBefore: new RegExp(`(?:${list(r.reported)})\\s+`, 'gu'),
    reportedAfter: new RegExp(`${QUOTE}\\s+(?:${list(r.reported)})(?![\\p{L}\\p{N}])`, 'uy'),
    lead: new RegExp(`(?:${[...articles, ...kinds].join('|')})*${QUOTE}`, 'iuy'),
    label: new RegExp(`^(?:${list(r.labels)})\\s*:\\s*`, 'u'),
  };
}
const patternsFor = releasable(memo(compile));

const isNews = (o: OrganizationMatch) => !!o.kind && NEWS_KINDS.has(o.kind);

const HYPHEN_WORD = /-\p{L}/uy;
/** A possessive ending and white space ("'s "): every start of it is one too. */
const POSSESSIVE_GAP = /(?:['’]s?)?\s*/uy;

/** An article with its organizations and the questions the rules ask about them. */
class Context {
  readonly body: string;
  readonly orgs: OrganizationMatch[];
  readonly patterns: SourcePatterns;
  private readonly people: ReturnType<typeof findPeople>;

  constructor(readonly article: Article) {
    this.body = article.body;
    this.orgs = findOrganizations(article);
    this.people = findPeople(article);
    this.patterns = patternsFor(article.language);
  }

  /** The organization right after a cue: after the lead words, or where one of them is its name ("Het Parool"). */
  orgAfter(cueEnd: number): OrganizationMatch | undefined {
    const { lead } = this.patterns;
    lead.lastIndex = cueEnd;
    const leadEnd = cueEnd + lead.exec(this.body)![0].length;
    return this.orgs.find((o) => o.start >= cueEnd && o.start <= leadEnd);
  }

  /** "Netflix-Chef Ted Sarandos", "Netflix CEO Ted Sarandos", "Netflix's co-CEO …": the organization names an employer. */
  isEmployer(o: OrganizationMatch): boolean {
    return (
      !!matchAt(HYPHEN_WORD, this.body, o.end) ||
      this.people.some((p) => p.start >= o.end && matchAt(POSSESSIVE_GAP, this.body, o.end)![0].length >= p.start - o.end)
    );
  }
}

/** "according to Reuters", "laut dpa", "Reuters zufolge": any organization. */
function attributed(ctx: Context): SourceMention[] {
  const out: SourceMention[] = [];
  for (const m of guardedMatches(ctx.body, ctx.patterns.accordingTo, AT_WORD_START)) {
    const o = ctx.orgAfter(m.index + m[0].length);
    if (o && !ctx.isEmployer(o)) out.push({ name: o.name, start: m.index, end: o.end });
  }
  const after = ctx.patterns.accordingToAfter;
  if (after) {
    for (const o of ctx.orgs) {
      const m = matchAt(after, ctx.body, o.end);
      if (m) out.push({ name: o.name, start: o.start, end: o.end + m[0].length });
    }
  }
  return out;
}

/** "Reuters reported", "meldt de NOS", "skriver VG": news organizations only ("Netflix reported revenue" is no citation). */
function reported(ctx: Context): SourceMention[] {
  const out: SourceMention[] = [];
  for (const m of guardedMatches(ctx.body, ctx.patterns.reportedBefore, AT_WORD_START)) {
    const o = ctx.orgAfter(m.index + m[0].length);
    if (o && isNews(o) && !ctx.isEmployer(o)) out.push({ name: o.name, start: m.index, end: o.end });
  }
  for (const o of ctx.orgs.filter(isNews)) {
    const m = matchAt(ctx.patterns.reportedAfter, ctx.body, o.end);
    if (m) out.push({ name: o.name, start: o.start, end: o.end + m[0].length });
  }
  return out;
}

/** "Quelle: Reuters" or "Sources: AP, Reuters" on a line of its own, naming news organizations only. */
function labelled(ctx: Context, s: Sentence, news: OrganizationMatch[]): SourceMention[] {
  const label = ctx.patterns.label.exec(s.text);
  if (!label) return [];
  const from = s.start + label[0].length;
  const named = news.filter((o) => o.start >= from);
  let cursor = from;
  const adjoining = named.every((o) => {
    const gap = ctx.body.slice(cursor, o.start);
    cursor = o.end;
    return /^(?:\s*(?:[,/&]|\p{Ll}{1,3})\s*|)$/u.test(gap);
  });
  const filled = adjoining && /^[.\s]*$/u.test(ctx.body.slice(cursor, s.end));
  return named.length && filled ? named.map((o) => ({ name: o.name, start: s.start, end: o.end })) : [];
}

/** "LONDON (Reuters) –", "OSLO (NTB):" at the start of a line. */
function dateline(s: Sentence, news: OrganizationMatch[]): SourceMention[] {
  if (!s.text.includes('(')) return [];
  const m = /^[\p{Lu}][\p{L}.'’ ,/-]{0,40}\(([^()]{2,40})\)\s*[-–—:]/u.exec(s.text);
  if (!m) return [];
  const open = s.start + m[0].indexOf('(') + 1;
  const close = open + m[1]!.length;
  return news.filter((o) => o.start >= open && o.end <= close).map((o) => ({ name: o.name, start: open - 1, end: close + 1 }));
}

export function findSources(article: Article): SourceMention[] {
  const ctx = new Context(article);
  const out = [...attributed(ctx), ...reported(ctx)];
  for (const s of article.sentences) {
    // A line of its own; a credit after a caption on the same line is not one.
    if (s.start > 0 && ctx.body[s.start - 1] !== '\n') continue;
    const news = ctx.orgs.filter((o) => o.start >= s.start && o.end <= s.end && isNews(o));
    out.push(...labelled(ctx, s, news), ...dateline(s, news));
  }
  return dedupe(out).sort((a, b) => a.start - b.start);
}

/** One mention per source and place (two rules may find the same phrase). */
function dedupe(mentions: SourceMention[]): SourceMention[] {
  return mentions.filter((m, i) => !mentions.some((n, j) => j < i && n.name === m.name && n.start < m.end && m.start < n.end));
}
