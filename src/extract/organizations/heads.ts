/**
 * Institutions not in the registry, known by the head of their name:
 * "Acme Studios", "Acme GmbH", "Goya-Akademie", "Universität Wien",
 * "Académie des Goya", "Medietilsynet". Also gives the canonical key of any
 * such name.
 */
import type { Lang } from '../../facts.js';
import { anyOf } from '../gate.js';
import { gatedMatches } from '../matches.js';
import { institutionKey } from './canonical.js';
import { ORGANIZATION_RULES, type InstitutionHead } from './rules.js';
import { cutAtStopWord, ORG_WORD, ORG_WORD_SIMPLE, trimName } from './words.js';
import { memo } from '../../util/memo.js';
import { releasable } from '../../util/releasable.js';

export interface HeadMatch {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The name as written, head included. */
  name: string;
  canonical: string;
  /** True for legal forms and "Studios": the core alone ("Eyeline") names the same institution. */
  corporate: boolean;
  /** The name without its head ("Eyeline" of "Eyeline Studios"). */
  core: string;
  /**
   * The name begins with its core, which may be any capitalized word at the
   * start of a sentence ("Große Studios …"): the caller checks it is a name.
   */
  coreFirst: boolean;
}

/** A rule's pattern, and a cheap one that finds what every match of it contains (a head word): a text without it is not searched. */
interface Rule {
  needs: RegExp;
  re: RegExp;
}

interface Compiled {
  /** What every match of one of the rules contains. */
  anyHead: RegExp;
  suffix: Rule;
  hyphen: Rule | undefined;
  prefix: Rule | undefined;
  compound: Rule | undefined;
}

const alternation = (heads: InstitutionHead[]) => heads.map((h) => `(?:${h.head})`).join('|');
const END = String.raw`(?![\p{L}\p{N}])`;

function connectorSource(lang: Lang): string {
  return ORGANIZATION_RULES[lang].connectors
    .map((c) => (/['’]$/.test(c) ? c : `${c}\\s+`))
    .join('|');
}

function compile(lang: Lang): Compiled {
  const rules = ORGANIZATION_RULES[lang];
  const conn = connectorSource(lang);
  const core = `${ORG_WORD}(?:\\s+(?:&\\s+)?${ORG_WORD}){0,2}`;
  const longCore = `${ORG_WORD}(?:\\s+(?:${conn})?${ORG_WORD}){0,5}`;
  // French and Spanish names go on in lower case before their proper part ("Festival du film de la Côte d'Opale").
  const lead = rules.lowerCaseInNames ? `(?:\\p{Ll}+\\s+(?:${conn})?){0,2}` : '';
  const rule = (needs: string, re: string, flags: string): Rule => ({ needs: new RegExp(needs, 'u'), re: new RegExp(re, flags) });
  const parts = {
    // "National Union of Journalists": a prepositional tail belongs to the name.
    suffix: rule(
      `\\s(?:${alternation(rules.suffixHeads)})`,
      `(?<![\\p{L}\\p{N}])(${core})\\s+(${alternation(rules.suffixHeads)})${END}(?:\\s+(?:${rules.of.join('|')})\\s+(${longCore}))?`,
      'dgu',
    ),
    hyphen: rules.hyphenHeads.length
      ? rule(`-(?:${alternation(rules.hyphenHeads)})`, `(?<![\\p{L}\\p{N}-])(${ORG_WORD_SIMPLE})-(${alternation(rules.hyphenHeads)})${END}`, 'dgu')
      : undefined,
    prefix: rules.prefixHeads.length
      ? rule(`(?:${alternation(rules.prefixHeads)})\\s`, `(?<![\\p{L}\\p{N}])(${alternation(rules.prefixHeads)})\\s+(?:${conn})?(${lead}${longCore})`, 'gu')
      : undefined,
    compound: rules.compoundHeads.length
      ? rule(
          `(?:${rules.compoundHeads.join('|')})`,
          `(?<![\\p{L}\\p{N}-])\\p{Lu}\\p{Ll}+(?:${rules.compoundHeads.join('|')})(?![\\p{L}\\p{N}])(?:\\s+(?:${rules.of.join('|')})\\s+(${longCore}))?`,
          'dgu',
        )
      : undefined,
  };
  return { ...parts, anyHead: anyHeadOf([parts.suffix, parts.hyphen, parts.prefix, parts.compound]) };
}
const compiled = releasable(memo(compile));

/** The four rules' gates as one. */
function anyHeadOf(rules: Array<Rule | undefined>): RegExp {
  return new RegExp(anyOf(rules.flatMap((r) => (r ? [r.needs.source] : []))), 'u');
}

const wholeHead = releasable(memo((h: InstitutionHead) => new RegExp(`^(?:${h.head})$`, 'u')));
function headOf(heads: InstitutionHead[], text: string): InstitutionHead | undefined {
  return heads.find((h) => wholeHead(h).test(text));
}

/** The matches of a rule in `text`. */
function matchesOf(rule: Rule | undefined, text: string): Iterable<RegExpExecArray> {
  return rule ? gatedMatches(text, rule.re, rule.needs) : [];
}

/** Every institution name with a head in `text`. */
export function headMatchesIn(text: string, lang: Lang): HeadMatch[] {
  const rules = ORGANIZATION_RULES[lang];
  const { anyHead, suffix, hyphen, prefix, compound } = compiled(lang);
  const out: HeadMatch[] = [];
  if (!anyHead.test(text)) return out;
  const add = (m: RegExpExecArray, heads: InstitutionHead[]) => {
    const trimmed = trimName(m[1]!, lang);
    const head = headOf(heads, m[2]!);
    if (!trimmed || !head) return;
    const start = m.index + trimmed.skipped;
    const tail = head.key && m[3] ? cutAtStopWord(m[3], lang) : undefined;
    const end = tail ? m.indices![3]![0] + tail.length : m.indices![2]![1];
    const name = text.slice(start, end);
    out.push({
      start,
      end,
      name,
      // A name with a tail is keyed whole; legal forms may stack ("Nordfjord Studios AS"): the key drops them all.
      canonical: tail ? institutionKey(name) : head.key ? institutionKey(trimmed.name, head.key) : canonicalOf(trimmed.name, lang),
      corporate: !head.key,
      core: tail ? name : trimmed.name,
      coreFirst: true,
    });
  };
  for (const m of matchesOf(suffix, text)) add(m, rules.suffixHeads);
  for (const m of matchesOf(hyphen, text)) add(m, rules.hyphenHeads);
  for (const m of matchesOf(prefix, text)) {
    const head = headOf(rules.prefixHeads, m[1]!);
    const core = cutAtStopWord(m[2]!, lang);
    if (!head || !core) continue;
    const end = m.index + m[0].length - m[2]!.length + core.length;
    out.push({ start: m.index, end, name: text.slice(m.index, end), canonical: institutionKey(core, head.key), corporate: false, core, coreFirst: false });
  }
  for (const m of matchesOf(compound, text)) {
    // "Bundesministerium für Wirtschaft": a tail belongs to the name.
    const tail = m[1] && cutAtStopWord(m[1], lang);
    const name = tail ? text.slice(m.index, m.indices![1]![0] + tail.length) : /^\S+/u.exec(m[0])![0];
    out.push({ start: m.index, end: m.index + name.length, name, canonical: institutionKey(name), corporate: false, core: name, coreFirst: false });
  }
  return out;
}

/** The canonical key of a full institution name in `lang` ("Goya Academy" → "goya-academy"). */
export function canonicalOf(name: string, lang: Lang): string {
  const whole = headMatchesIn(name, lang).find((m) => m.start === 0 && m.end === name.length);
  return whole ? whole.canonical : institutionKey(name);
}
