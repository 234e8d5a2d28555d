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
import type { Article, Lang } from '../../facts.js';
import { findOrganizations, type OrganizationMatch } from '../organizations/find.js';
import { NEWS_KINDS } from '../organizations/institutions.js';
import { ORGANIZATION_RULES } from '../organizations/rules.js';
import { findPeople } from '../people/find.js';
import { SOURCE_RULES } from './rules.js';

export interface SourceMention {
  name: string;
  /** Offsets of the evidence (cue and name) in the article body. */
  start: number;
  end: number;
}

/** The rules' phrases are pattern sources. */
const list = (phrases: string[]) => phrases.join('|');

/**
 * What may stand between a cue and the source's name: an article, a noun for
 * the kind of institution, an opening quote ("meldt persbureau ANP", "laut der
 * Nachrichtenagentur dpa", "wie die „Süddeutsche Zeitung“").
 */
function leadSource(lang: Lang): string {
  const articles = SOURCE_RULES[lang].articles.map((a) => (/['’]$/.test(a) ? a : `${a}\\s+`));
  const kinds = ORGANIZATION_RULES[lang].classifiers.map((c) => `${c}\\s+`);
  return `(?:${[...articles, ...kinds].join('|')})*["“„«‘'»]?`;
}

const isNews = (o: OrganizationMatch) => !!o.kind && NEWS_KINDS.has(o.kind);
/** Whether a sentence starting at `start` begins a line. */
const startsLine = (body: string, start: number) => start === 0 || body[start - 1] === '\n';

export function findSources(article: Article): SourceMention[] {
  const { body, language: lang } = article;
  const rules = SOURCE_RULES[lang];
  const orgs = findOrganizations(article);
  const people = findPeople(article);
  const out: SourceMention[] = [];
  // The organization right after a cue: after the lead words, or where one of them is its name ("Het Parool").
  const lead = new RegExp(leadSource(lang), 'iuy');
  const orgAfter = (cueEnd: number) => {
    lead.lastIndex = cueEnd;
    const leadEnd = cueEnd + lead.exec(body)![0].length;
    return orgs.find((o) => o.start >= cueEnd && o.start <= leadEnd);
  };
  // "Netflix-Chef Ted Sarandos", "Netflix CEO Ted Sarandos", "Netflix's co-CEO": the organization names an employer.
  const employer = (o: OrganizationMatch) =>
    /^-\p{L}/u.test(body.slice(o.end)) || people.some((p) => p.start >= o.end && /^(?:['’]s?)?\s*$/u.test(body.slice(o.end, p.start)));
  const quote = `["“„«‘'»]?`;

  const before = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list(rules.accordingTo)})\\s+`, 'giu');
  for (const m of body.matchAll(before)) {
    const o = orgAfter(m.index + m[0].length);
    if (o && !employer(o)) out.push({ name: o.name, start: m.index, end: o.end });
  }
  if (rules.accordingToAfter.length) {
    const after = new RegExp(`^${quote}\\s+(?:${list(rules.accordingToAfter)})(?![\\p{L}\\p{N}])`, 'iu');
    for (const o of orgs) {
      const m = after.exec(body.slice(o.end));
      if (m) out.push({ name: o.name, start: o.start, end: o.end + m[0].length });
    }
  }

  const verbs = list(rules.reported);
  const verbBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs})\\s+`, 'gu');
  for (const m of body.matchAll(verbBefore)) {
    const o = orgAfter(m.index + m[0].length);
    if (o && isNews(o) && !employer(o)) out.push({ name: o.name, start: m.index, end: o.end });
  }
  const verbAfter = new RegExp(`^${quote}\\s+(?:${verbs})(?![\\p{L}\\p{N}])`, 'u');
  for (const o of orgs.filter(isNews)) {
    const m = verbAfter.exec(body.slice(o.end));
    if (m) out.push({ name: o.name, start: o.start, end: o.end + m[0].length });
  }

  for (const s of article.sentences) {
    if (!startsLine(body, s.start)) continue;
    const inLine = orgs.filter((o) => o.start >= s.start && o.end <= s.end && isNews(o));
    const label = new RegExp(`^(?:${list(rules.labels)})\\s*:\\s*`, 'u').exec(s.text);
    if (label) {
      // Only news organizations, separated by commas, slashes or "and", fill the line.
      const rest = s.text.slice(label[0].length).replace(/[.\s]+$/u, '');
      const named = inLine.filter((o) => o.start >= s.start + label[0].length);
      let cursor = s.start + label[0].length;
      const filled = named.every((o) => {
        const gap = body.slice(cursor, o.start);
        cursor = o.end;
        return /^(?:\s*(?:[,/&]|\p{Ll}{1,3})\s*|)$/u.test(gap);
      });
      if (named.length && filled && cursor === s.start + label[0].length + rest.length) {
        for (const o of named) out.push({ name: o.name, start: s.start, end: o.end });
      }
    }
    const dateline = /^[\p{Lu}][\p{L}.'’ ,/-]{0,40}\(([^()]{2,40})\)\s*[-–—:]/u.exec(s.text);
    if (dateline) {
      const open = s.start + dateline[0].indexOf('(') + 1;
      for (const o of inLine.filter((o) => o.start >= open && o.end <= open + dateline[1]!.length)) {
        out.push({ name: o.name, start: open - 1, end: open + dateline[1]!.length + 1 });
      }
    }
  }
  return dedupe(out).sort((a, b) => a.start - b.start);
}

/** One mention per source and place (two rules may find the same phrase). */
function dedupe(mentions: SourceMention[]): SourceMention[] {
  return mentions.filter((m, i) => !mentions.some((n, j) => j < i && n.name === m.name && n.start < m.end && m.start < n.end));
}
