/**
 * The answer key of the seed articles (test/fixtures/gold, a copy of
 * shared/gold/seed-facts.json): every stated fact found with the right value and
 * role, nothing of a kind the key lists as absent, and no organization or
 * person that the key does not list.
 */
import { describe, expect, it } from 'vitest';
import gold from '../fixtures/gold/seed-facts.json' with { type: 'json' };
import { loadBundledCorpus } from '../../src/corpus/load.js';
import { extractFacts } from '../../src/extract/index.js';
import { factsOf, type Fact } from '../../src/facts.js';
import { evidenceIsExact } from '../helpers.js';

interface GoldArticle {
  file: string;
  language: string;
  speedup?: { factor: number; evidence: string };
  budget?: { evidence: string };
  revenue?: { amount: number; currency: string; evidence: string };
  revenueGrowthPercent?: { value: number; evidence: string };
  profit?: { amount: number; currency: string; evidence: string };
  organizations?: Array<{ name: string; evidence: string }>;
  people?: Array<{ name: string; role?: string; evidence: string }>;
  sources?: Array<{ name: string; evidence: string }>;
  absent: string[];
}

const { articles } = loadBundledCorpus();
const byFile = new Map(articles.map((a) => [a.file, { article: a, facts: extractFacts(a) }]));
const overlaps = (f: Fact, phrase: string) => f.evidence.sentence.includes(phrase) || phrase.includes(f.evidence.text) || f.evidence.text.includes(phrase);

/** Organization canonical keys per gold name, across all articles. */
const canonicalByGoldName = new Map<string, Set<string>>();

describe.each(gold.articles as GoldArticle[])('$file ($language)', (g) => {
  const entry = byFile.get(g.file);
  it('is in the bundled corpus in the right language', () => {
    expect(entry?.article.language).toBe(g.language);
  });
  const facts = entry?.facts ?? [];

  it('has exact evidence for every fact', () => {
    expect(evidenceIsExact(entry!.article, facts)).toBe(true);
  });

  it('finds the speed-up', () => {
    const found = factsOf(facts, 'speedup');
    if (!g.speedup) return expect(found).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.factor))).toEqual(new Set([g.speedup.factor]));
    expect(found.some((f) => overlaps(f, g.speedup!.evidence))).toBe(true);
  });

  it('finds the budget statement, or none when absent', () => {
    const found = factsOf(facts, 'budget');
    if (g.absent.includes('budget') || !g.budget) return expect(found).toEqual([]);
    expect(found.some((f) => overlaps(f, g.budget!.evidence))).toBe(true);
  });

  it.each([
    ['revenue', 'revenue'],
    ['profit', 'profit'],
  ] as const)('finds the %s, or none when absent', (key, role) => {
    const found = factsOf(facts, 'money').filter((f) => f.role === role);
    const want = g[key];
    if (g.absent.includes(key) || !want) return expect(found).toEqual([]);
    expect(found.map((f) => [f.amount, f.currency])).toContainEqual([want.amount, want.currency]);
    expect(found.every((f) => f.amount === want.amount)).toBe(true);
  });

  it('finds the revenue growth, or none when absent', () => {
    const found = factsOf(facts, 'percent').filter((f) => f.role === 'revenue-growth');
    if (g.absent.includes('revenueGrowthPercent') || !g.revenueGrowthPercent) return expect(found).toEqual([]);
    expect(found.map((f) => f.value)).toContain(g.revenueGrowthPercent.value);
    expect(found.some((f) => overlaps(f, g.revenueGrowthPercent!.evidence))).toBe(true);
  });

  it('finds exactly the organizations of the key', () => {
    const found = factsOf(facts, 'organization');
    const goldOrgs = g.organizations ?? [];
    for (const o of goldOrgs) {
      const hit = found.find((f) => f.evidence.text === o.evidence || f.name === o.evidence);
      expect(hit, `${o.name} as "${o.evidence}"`).toBeDefined();
      const set = canonicalByGoldName.get(o.name) ?? new Set();
      set.add(hit!.canonical);
      canonicalByGoldName.set(o.name, set);
    }
    // Nothing else: every canonical found belongs to an organization of the key.
    const allowed = new Set(found.filter((f) => goldOrgs.some((o) => f.evidence.text === o.evidence || f.name === o.evidence)).map((f) => f.canonical));
    expect([...new Set(found.map((f) => f.canonical))].filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('finds exactly the people of the key, with their roles', () => {
    const found = factsOf(facts, 'person');
    const names = [...new Set(found.map((f) => f.name))].sort();
    expect(names).toEqual((g.people ?? []).map((p) => p.name).sort());
    for (const p of g.people ?? []) {
      expect(found.filter((f) => f.name === p.name).map((f) => f.role)).toContain(p.role);
    }
  });

  it('finds exactly the cited sources of the key', () => {
    const found = factsOf(facts, 'source');
    expect([...new Set(found.map((f) => f.name))].sort()).toEqual((g.sources ?? []).map((s) => s.name).sort());
  });
});

describe('one identity per institution across languages', () => {
  it('gives each organization of the key a single canonical key in every article', () => {
    for (const [name, keys] of canonicalByGoldName) expect([...keys], name).toHaveLength(1);
    expect(canonicalByGoldName.get('Goya Academy')).toBeDefined();
  });
});
