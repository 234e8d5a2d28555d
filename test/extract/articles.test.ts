/**
 * Whole articles written for the tests (test/fixtures/articles), one or more per
 * language, each with an answer key written by hand next to it
 * (<name>.expected.json). For every article:
 * - every expected fact is found, with the right value and role, and evidence
 *   that overlaps the expected phrase;
 * - no speed-up, money, percent, budget, person or source fact that the key does
 *   not list (a fact the key gives without a role must come without one);
 * - organizations: each listed one is found, nothing else is, every spelling of
 *   one organization gets one canonical key, and an institution named
 *   differently in two articles gets the same key in both;
 * - nothing of what `notStated` names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/corpus/describe.js';
import { isProblem, loadArticles, loadFile } from '../../src/corpus/load.js';
import { extractFacts } from '../../src/extract/index.js';
import { factsOf, LANGS, type Fact, type MoneyRole, type PercentRole, type PersonRole } from '../../src/facts.js';
import { evidenceIsExact } from '../helpers.js';

type ExpectedFact =
  | { kind: 'speedup'; factor: number; evidence: string }
  | { kind: 'money'; role?: MoneyRole; amount: number; currency: string; approximate?: boolean; evidence: string }
  | { kind: 'percent'; role?: PercentRole; value: number; evidence: string }
  | { kind: 'budget'; evidence: string }
  | { kind: 'organization'; name: string; spellings: string[] }
  | { kind: 'person'; name: string; role?: PersonRole; evidence: string }
  | { kind: 'source'; name: string; evidence: string };

/** What an article does not state: a fact kind, or a role of money or percent ("budget-amount": money in the budget role). */
type NotStated =
  | Fact['kind']
  | 'revenue'
  | 'profit'
  | 'cost'
  | 'budget-amount'
  | 'revenue-growth'
  | 'profit-growth';

interface Expected {
  language: string;
  facts: ExpectedFact[];
  notStated: NotStated[];
  notes: string[];
}

type Want<K extends ExpectedFact['kind']> = Extract<ExpectedFact, { kind: K }>;

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
const { articles, problems } = loadArticles([dir]);
const byName = new Map(articles.map((a) => [path.basename(a.file), { article: a, facts: extractFacts(a) }]));
const expectedOf = (name: string): Expected =>
  JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;

/** The found fact states the expected phrase: one contains the other, or the phrase stands in its sentence. */
const overlaps = (f: Fact, phrase: string) =>
  phrase.includes(f.evidence.text) || f.evidence.text.includes(phrase) || f.evidence.sentence.includes(phrase);

/** Organization names compared without a leading article, a possessive ending, case or extra spaces. */
const orgKey = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/^(?:the|die|der|das|de|het|la|le|les|el|los|las)\s+|^l['’]/u, '')
    .replace(/['’]s?$/u, '')
    .replace(/\s+/g, ' ');

const show = (f: Fact) => JSON.stringify({ ...f, evidence: f.evidence.text });
/** An expected fact in one line, for failure messages. */
const describeWant = ({ evidence, ...rest }: Exclude<ExpectedFact, { kind: 'organization' }>) => `${JSON.stringify(rest)} "${evidence}"`;

/** Canonical keys found per reference organization name, across all articles. */
const canonicalsByOrg = new Map<string, Map<string, string>>();

describe('the fixture folder', () => {
  it('loads every article, in every supported language, without problems or warnings', () => {
    expect(problems.map((p) => describeProblem(p))).toEqual([]);
    expect(articles.map((a) => path.basename(a.file))).toEqual(names);
    for (const a of articles) expect(a.warnings, a.file).toEqual([]);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(LANGS));
  });

  it('has an answer key next to every article and no key without an article', () => {
    const keys = fs.readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort();
    expect(keys).toEqual(names.map((n) => n.replace(/\.txt$/, '.expected.json')).sort());
  });

  it('loads each article the same way on its own', () => {
    for (const name of names) {
      const single = loadFile(path.join(dir, name));
      expect(isProblem(single)).toBe(false);
      expect(isProblem(single) ? undefined : single.body).toBe(byName.get(name)?.article.body);
    }
  });
});

describe.each(names)('%s', (name) => {
  const want = expectedOf(name);
  const entry = byName.get(name);
  const facts = entry?.facts ?? [];
  const wanted = <K extends ExpectedFact['kind']>(kind: K) => want.facts.filter((f): f is Want<K> => f.kind === kind);

  it('is loaded in the language of its key, and the key quotes the article exactly', () => {
    expect(entry?.article.language).toBe(want.language);
    const body = entry!.article.body;
    for (const f of want.facts) {
      if (f.kind === 'organization') for (const s of f.spellings) expect(body, `spelling "${s}"`).toContain(s);
      else expect(body, `evidence "${f.evidence}"`).toContain(f.evidence);
    }
  });

  it('gives exact evidence for every fact', () => {
    expect(evidenceIsExact(entry!.article, facts)).toBe(true);
  });

  it('finds every speed-up with its factor, and no other', () => {
    const found = factsOf(facts, 'speedup');
    const missing = wanted('speedup').filter((w) => !found.some((f) => f.factor === w.factor && overlaps(f, w.evidence)));
    expect(missing.map(describeWant), 'missing').toEqual([]);
    const unexpected = found.filter((f) => !wanted('speedup').some((w) => w.factor === f.factor));
    expect(unexpected.map(show), 'unexpected').toEqual([]);
  });

  it('finds every amount of money with its currency, role and approximation, and no other', () => {
    const found = factsOf(facts, 'money');
    const same = (f: (typeof found)[number], w: Want<'money'>) => f.amount === w.amount && f.currency === w.currency && f.role === w.role;
    const missing = wanted('money').filter(
      (w) => !found.some((f) => same(f, w) && overlaps(f, w.evidence) && (w.approximate === undefined || f.approximate === w.approximate)),
    );
    expect(missing.map(describeWant), 'missing').toEqual([]);
    const unexpected = found.filter((f) => !wanted('money').some((w) => same(f, w)));
    expect(unexpected.map(show), 'unexpected').toEqual([]);
  });

  it('finds every percentage with its role, and no other', () => {
    const found = factsOf(facts, 'percent');
    const same = (f: (typeof found)[number], w: Want<'percent'>) => f.value === w.value && f.role === w.role;
    const missing = wanted('percent').filter((w) => !found.some((f) => same(f, w) && overlaps(f, w.evidence)));
    expect(missing.map(describeWant), 'missing').toEqual([]);
    const unexpected = found.filter((f) => !wanted('percent').some((w) => same(f, w)));
    expect(unexpected.map(show), 'unexpected').toEqual([]);
  });

  it('finds every budget statement, and no other', () => {
    const found = factsOf(facts, 'budget');
    expect(wanted('budget').filter((w) => !found.some((f) => overlaps(f, w.evidence))).map(describeWant), 'missing').toEqual([]);
    const unexpected = found.filter((f) => !wanted('budget').some((w) => overlaps(f, w.evidence)));
    expect(unexpected.map(show), 'unexpected').toEqual([]);
  });

  it('finds exactly the people of the key, each with the role the text gives and no other', () => {
    const found = factsOf(facts, 'person');
    expect([...new Set(found.map((f) => f.name))].sort()).toEqual(wanted('person').map((p) => p.name).sort());
    for (const w of wanted('person')) {
      const mine = found.filter((f) => f.name === w.name);
      if (w.role) expect(mine.map((f) => f.role), w.name).toContain(w.role);
      // A role the text does not give is a wrong answer: only the expected role, or none.
      expect(mine.filter((f) => f.role !== undefined && f.role !== w.role).map(show)).toEqual([]);
      expect(mine.some((f) => overlaps(f, w.evidence)), `"${w.evidence}"`).toBe(true);
    }
  });

  it('finds exactly the cited sources of the key', () => {
    const found = factsOf(facts, 'source');
    expect([...new Set(found.map((f) => f.name))].sort()).toEqual(wanted('source').map((s) => s.name).sort());
    for (const w of wanted('source')) expect(found.some((f) => f.name === w.name && overlaps(f, w.evidence)), `"${w.evidence}"`).toBe(true);
  });

  it('finds exactly the organizations of the key, one canonical key for each', () => {
    const found = factsOf(facts, 'organization');
    const orgOf = (f: (typeof found)[number]) =>
      wanted('organization').find((w) => w.spellings.some((s) => orgKey(s) === orgKey(f.name) || orgKey(s) === orgKey(f.evidence.text)));
    const missing: string[] = [];
    for (const w of wanted('organization')) {
      const keys = [...new Set(found.filter((f) => orgOf(f) === w).map((f) => f.canonical))];
      if (keys.length === 0) missing.push(`${w.name} (${w.spellings.join(' / ')})`);
      expect(keys.length, `one key for every spelling of ${w.name}: ${keys.join(', ')}`).toBeLessThanOrEqual(1);
      if (keys[0]) canonicalsByOrg.set(w.name, (canonicalsByOrg.get(w.name) ?? new Map<string, string>()).set(name, keys[0]));
    }
    expect(missing, 'missing').toEqual([]);
    expect(found.filter((f) => !orgOf(f)).map(show), 'unexpected').toEqual([]);
  });

  it('states nothing the key says the article does not state', () => {
    const money = factsOf(facts, 'money');
    const percent = factsOf(facts, 'percent');
    const check: Record<NotStated, () => Fact[]> = {
      speedup: () => factsOf(facts, 'speedup'),
      money: () => money,
      percent: () => percent,
      budget: () => factsOf(facts, 'budget'),
      organization: () => factsOf(facts, 'organization'),
      person: () => factsOf(facts, 'person'),
      source: () => factsOf(facts, 'source'),
      revenue: () => money.filter((f) => f.role === 'revenue'),
      profit: () => money.filter((f) => f.role === 'profit'),
      cost: () => money.filter((f) => f.role === 'cost'),
      'budget-amount': () => money.filter((f) => f.role === 'budget'),
      'revenue-growth': () => percent.filter((f) => f.role === 'revenue-growth'),
      'profit-growth': () => percent.filter((f) => f.role === 'profit-growth'),
    };
    for (const what of want.notStated) expect(check[what]().map(show), what).toEqual([]);
  });
});

describe('one identity per institution across articles', () => {
  it('gives an institution named differently in two articles the same canonical key', () => {
    const named = [...canonicalsByOrg].filter(([, perArticle]) => perArticle.size > 1);
    for (const [org, perArticle] of named) expect(new Set(perArticle.values()).size, `${org}: ${JSON.stringify(Object.fromEntries(perArticle))}`).toBe(1);
    expect(named.map(([org]) => org).sort()).toEqual(['Academy of Motion Picture Arts and Sciences', 'European Union']);
  });
});
