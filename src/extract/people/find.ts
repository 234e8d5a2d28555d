/**
 * People named in an article: after or before a role ("co-CEO Ted Sarandos",
 * "Ted Sarandos, Netflix's co-CEO"), in a byline ("Von Russell Thompson"), or
 * after a verb of saying ("said Jane Doe"). A name of one word counts only as
 * a later mention of a full name the article gives ("Sarandos").
 */
import type { Article, Lang, PersonRole, Sentence } from '../../facts.js';
import { findOrganizations, type OrganizationMatch } from '../organizations/find.js';
import { readName, surname } from './names.js';
import { anyCuePattern, cueMatches, peoplePatterns, speakerVerbs } from './patterns.js';
import { PEOPLE_RULES } from './rules.js';

export interface PersonMention {
  name: string;
  role?: PersonRole;
  /** Offsets of the evidence (role and name) in the article body. */
  start: number;
  end: number;
  /** Offsets of the name in the article body. */
  nameStart: number;
  nameEnd: number;
  /** Name words; a mention of one word must be resolved to a full name. */
  words: number;
}

interface SentenceContext {
  lang: Lang;
  sentence: Sentence;
  /** Organizations in this sentence, offsets relative to it. */
  orgs: OrganizationMatch[];
}

/** Where the next organization at or after `pos` starts: a name cannot run into it. */
function limitAt(ctx: SentenceContext, pos: number): number {
  const next = ctx.orgs.filter((o) => o.end > pos).map((o) => Math.max(o.start, pos));
  return next.length ? Math.min(...next) : ctx.sentence.text.length;
}

function nameAt(ctx: SentenceContext, pos: number) {
  return readName(ctx.sentence.text, pos, ctx.lang, limitAt(ctx, pos));
}

function mention(ctx: SentenceContext, start: number, end: number, name: { name: string; start: number; end: number; words: number }, role?: PersonRole): PersonMention {
  const o = ctx.sentence.start;
  return { name: name.name, ...(role ? { role } : {}), start: o + start, end: o + end, nameStart: o + name.start, nameEnd: o + name.end, words: name.words };
}

/** A role word (or a title without a role) in a sentence. */
interface Cue {
  start: number;
  end: number;
  role?: PersonRole;
}

/**
 * Role words of each sentence; a cue inside a hyphen compound counts only after
 * an organization ("Netflix-Chef"). Each cue is searched in every sentence
 * before the next cue (its compiled pattern stays warm); a sentence's cues keep
 * the order of the rules, then of the text.
 */
function rolesIn(contexts: readonly SentenceContext[], lang: Lang): Cue[][] {
  const found = contexts.map((): Cue[] => []);
  const gate = anyCuePattern(lang);
  const withCue = contexts.flatMap((ctx, i) => (gate.test(ctx.sentence.text) ? [i] : []));
  for (const cue of PEOPLE_RULES[lang].roles) {
    for (const i of withCue) {
      const ctx = contexts[i]!;
      const text = ctx.sentence.text;
      for (const m of cueMatches(cue, text)) {
        const compound = text[m.index - 1] === '-';
        const afterOrg = compound && ctx.orgs.some((o) => o.end === m.index - 1);
        if (cue.afterOrganization ? !afterOrg : compound && !afterOrg) continue;
        found[i]!.push({ start: m.index, end: m.index + m[0].length, ...(cue.role ? { role: cue.role } : {}) });
      }
    }
  }
  return found.map(withoutNested);
}

/** A cue inside a longer one ("producer" in "executive producer") gives way. */
function withoutNested(found: Cue[]): Cue[] {
  return found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
}

/** "co-CEO Ted Sarandos", "CEO of Netflix, Ted Sarandos", "la ministra de Cultura, Ana García". */
function roleBeforeName(ctx: SentenceContext, cue: Cue): PersonMention | undefined {
  const text = ctx.sentence.text;
  let pos = cue.end;
  const of = peoplePatterns(ctx.lang).roleOf.exec(text.slice(pos));
  if (of) {
    const org = ctx.orgs.find((o) => o.start === pos + of[0].length);
    if (org) pos = org.end + (text[org.end] === ',' ? 1 : 0);
    else {
      // Something else named after the preposition: only with a comma before the name.
      const rest = /^[^,.;:!?"“”«»]{1,40},/u.exec(text.slice(pos + of[0].length));
      if (!rest) return undefined;
      pos += of[0].length + rest[0].length;
    }
  }
  // "le réalisateur belge Thomas Verbeke": an adjective may follow the role.
  const adjective = peoplePatterns(ctx.lang).roleAdjective?.exec(text.slice(pos));
  if (adjective) pos += adjective[0].length;
  // "its president, Fernando Méndez-Leite": a comma may stand between role and name.
  const gap = /^,?[\s\u00a0]+/u.exec(text.slice(pos));
  if (!gap) return undefined;
  const name = nameAt(ctx, pos + gap[0].length);
  return name && mention(ctx, cue.start, name.end, name, cue.role);
}

/** "Ted Sarandos, co-CEO", "Jane Doe, Netflix's chief executive", "Ana García, directora ejecutiva de Acme". */
function roleAfterName(ctx: SentenceContext, cue: Cue): PersonMention | undefined {
  const text = ctx.sentence.text;
  const rules = PEOPLE_RULES[ctx.lang];
  // The apposition ends after the role, or goes on with its organization: "Ted Sarandos, co-CEO, said", "…, president of Lucasfilm".
  const patterns = peoplePatterns(ctx.lang);
  const rest = text.slice(cue.end);
  if (!/^\s*(?:[,.;:)]|$)/u.test(rest) && !patterns.roleOf.test(rest) && !patterns.roleAdjective?.test(rest)) return undefined;
  let before = text.slice(0, cue.start);
  const org = ctx.orgs.find((o) => /^(?:['’]s?)?\s+$/u.test(text.slice(o.end, cue.start)));
  if (org) before = text.slice(0, org.start);
  const comma = patterns.commaBeforeRole.exec(before);
  if (!comma) return undefined;
  // The name ends at the comma; find where it starts.
  const head = before.slice(0, comma.index);
  const words = [...head.matchAll(/\S+/gu)];
  for (let i = Math.max(0, words.length - rules.maxNameWords - 2); i < words.length; i++) {
    const name = nameAt(ctx, words[i]!.index);
    if (name && name.end === comma.index && name.words >= 2) {
      return patterns.placeBefore.test(text.slice(0, name.start)) ? undefined : mention(ctx, name.start, cue.end, name, cue.role);
    }
  }
  return undefined;
}

/** "Von Russell Thompson | heute", "By Jane Doe and John Roe", on a line of its own. */
function bylines(ctx: SentenceContext, body: string): PersonMention[] {
  const { sentence } = ctx;
  if (sentence.start > 0 && body[sentence.start - 1] !== '\n') return [];
  const patterns = peoplePatterns(ctx.lang);
  const text = sentence.text;
  const opener = patterns.byline.exec(text);
  if (!opener) return [];
  const first = nameAt(ctx, opener[0].length);
  if (!first || first.words < 2) return [];
  const out = [mention(ctx, 0, first.end, first, 'author')];
  let end = first.end;
  const and = patterns.and.exec(text.slice(end));
  if (and) {
    const second = nameAt(ctx, end + and[0].length);
    if (second && second.words >= 2) {
      out.push(mention(ctx, second.start, second.end, second, 'author'));
      end = second.end;
    }
  }
  // A byline ends after the names, or goes on with a date, place or outlet after a separator.
  return /^\s*(?:$|[|,·•/(–—]|-\s)/u.test(text.slice(end)) ? out : [];
}

/** "said Jane Doe", "sagte Anna Müller", "sier Ola Nordmann", "a déclaré Marie Dubois". */
function speakers(ctx: SentenceContext): PersonMention[] {
  const { afterSpeaker } = peoplePatterns(ctx.lang);
  const out: PersonMention[] = [];
  for (const m of speakerVerbs(ctx.lang, ctx.sentence.text)) {
    const name = nameAt(ctx, m.index + m[0].length);
    if (name && afterSpeaker.test(ctx.sentence.text.slice(name.end))) out.push(mention(ctx, m.index, name.end, name));
  }
  return out;
}

function mentionsIn(article: Article): PersonMention[] {
  const orgs = findOrganizations(article);
  const contexts = article.sentences.map((sentence): SentenceContext => ({
    lang: article.language,
    sentence,
    orgs: orgs
      .filter((o) => o.start >= sentence.start && o.end <= sentence.end)
      .map((o) => ({ ...o, start: o.start - sentence.start, end: o.end - sentence.start })),
  }));
  // Each rule reads every sentence before the next one starts (its compiled patterns stay in the processor's
  // caches); the mentions are then taken sentence by sentence, in the order the rules give them.
  const withRoles = rolesIn(contexts, article.language).map((cues, i) => {
    const ctx = contexts[i]!;
    return cues.flatMap((cue) => roleBeforeName(ctx, cue) ?? roleAfterName(ctx, cue) ?? []);
  });
  const inBylines = contexts.map((ctx) => bylines(ctx, article.body));
  const speaking = contexts.map(speakers);
  return contexts.flatMap((_, i) => [...withRoles[i]!, ...inBylines[i]!, ...speaking[i]!]);
}

/**
 * Every person mention of the article. Where two mentions share words of the
 * name, the one with a role, else the longer, stays; one-word names become
 * the full name they are the surname of, or are dropped.
 */
const memo = new WeakMap<Article, PersonMention[]>();

export function findPeople(article: Article): PersonMention[] {
  const hit = memo.get(article);
  if (hit) return hit;
  const all = mentionsIn(article);
  const better = (a: PersonMention, b: PersonMention) => Number(!!b.role) - Number(!!a.role) || b.words - a.words;
  const kept: PersonMention[] = [];
  for (const m of [...all].sort(better)) {
    if (!kept.some((k) => m.nameStart < k.nameEnd && k.nameStart < m.nameEnd)) kept.push(m);
  }
  const fullNames = [...new Set(kept.filter((m) => m.words >= 2).map((m) => m.name))];
  const resolved: PersonMention[] = [];
  for (const m of kept) {
    if (m.words >= 2) resolved.push(m);
    else {
      const full = fullNames.filter((n) => surname(n) === m.name);
      if (full.length === 1) resolved.push({ ...m, name: full[0]! });
    }
  }
  resolved.sort((a, b) => a.start - b.start);
  memo.set(article, resolved);
  return resolved;
}
