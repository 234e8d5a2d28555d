import { describe, expect, it } from 'vitest';
import { compareJson } from '../../src/compare/json.js';
import { compareArticles } from '../../src/compare/view.js';
import { ferryStory } from './ferry-story.js';

interface JsonOut {
  facts: Array<{ key: string; label: string; articles: Record<string, unknown>; status: string; evidence: Record<string, Array<{ text: string; sentence: string }>> }>;
  observations: Array<{ kind: string; text: string; evidence: Array<{ file: string; text: string; sentence: string }> }>;
  articles: Array<{ file: string; omits: string[]; unattributed: Array<{ figure: string; value: unknown }> }>;
}

describe('compareJson', () => {
  const out = compareJson(compareArticles(ferryStory(), 'en', { naming: 'file' })) as unknown as JsonOut;
  const fact = (key: string) => out.facts.find((f) => f.key === key)!;

  it('gives each fact its key, label, value per file and status', () => {
    expect(fact('speedup')).toMatchObject({ label: 'Speed-up', status: 'differ', articles: { 'ferry-en.txt': 10, 'ferry-de.txt': 10, 'ferry-es.txt': 3 } });
    expect(fact('revenue')).toMatchObject({
      label: 'Revenue',
      status: 'agree',
      articles: {
        'ferry-en.txt': { amount: 2.4e9, currency: 'USD', approximate: true },
        'ferry-de.txt': { amount: 2.4e9, currency: 'USD', approximate: false },
        'ferry-es.txt': null,
      },
    });
    expect(fact('source:reuters')).toMatchObject({ label: 'Source: Reuters', status: 'single', articles: { 'ferry-en.txt': true, 'ferry-de.txt': null, 'ferry-es.txt': null } });
    expect(fact('person:kari holm').articles).toEqual({ 'ferry-en.txt': ['CEO'], 'ferry-de.txt': ['CEO'], 'ferry-es.txt': ['president'] });
    expect(fact('organization:nordlys ferries').label).toBe('Organization: Nordlys Ferries');
  });

  it('carries the evidence of each cell, and of each observation with its file', () => {
    expect(fact('speedup').evidence['ferry-es.txt']).toEqual([{ text: 'tres veces más rápido', sentence: 'La naviera Nordlys Ferries asegura que su nuevo cargador es tres veces más rápido que el anterior.' }]);
    expect(out.observations[0]).toMatchObject({ kind: 'figure-differs', text: 'Speed-up: ferry-en.txt and ferry-de.txt state 10 times; ferry-es.txt states 3 times.' });
    for (const o of out.observations) for (const e of o.evidence) expect(e.sentence).toContain(e.text);
  });

  it('reports per article what it omits and which figures lack attribution', () => {
    expect(out.articles.map((a) => a.file)).toEqual(['ferry-en.txt', 'ferry-de.txt', 'ferry-es.txt']);
    expect(out.articles[2]!.unattributed).toEqual([
      expect.objectContaining({ figure: 'speedup', value: 3 }),
      expect.objectContaining({ figure: 'money', value: { amount: 4e7, currency: 'EUR', approximate: false } }),
    ]);
  });
});
