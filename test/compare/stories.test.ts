/**
 * The comparison through the real extractors, on two invented stories: the
 * robot story in en, de, es and fr (robot-story.ts) and the wind-farm story in
 * nl, nb and en (wind-story.ts), with the agreements, differences, omissions
 * and shared passage a careful reader finds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/commands/compare.js';
import { compareArticles } from '../../src/compare/view.js';
import { loadArticles } from '../../src/corpus/load.js';
import { extractAll } from '../../src/extract/index.js';
import { captureIo } from '../commands/io.js';
import { ROBOT_STORY } from './robot-story.js';
import { WIND_STORY } from './wind-story.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-compare-'));
const windDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eq-compare-wind-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(windDir, { recursive: true, force: true });
});
for (const a of ROBOT_STORY) fs.writeFileSync(path.join(dir, a.file), a.text);
const file = (name: string) => path.join(dir, name);
const [EN, DE, ES, WIRE, FR] = ROBOT_STORY.map((a) => file(a.file)) as [string, string, string, string, string];

describe('comparing the robot story (en, de, es, fr) through the extractors', () => {
  const { articles } = loadArticles([dir]);
  const view = compareArticles(extractAll(articles), 'en');
  const row = (key: string) => view.matrix.rows.find((r) => r.key === key);
  const values = (key: string) => [EN, DE, ES, WIRE, FR].map((f) => row(key)?.cells[f]?.value ?? null);

  it('loads the five articles in their languages', () => {
    expect(articles.map((a) => a.language)).toEqual(['en', 'de', 'es', 'es', 'fr']);
  });

  it('sees ten times faster in en, de, fr against three times in es, and none in the wire copy', () => {
    expect(values('speedup')).toEqual([10, 10, 3, null, 10]);
    expect(row('speedup')?.status).toBe('differ');
    expect(view.observations.find((o) => o.kind === 'figure-differs' && o.keys[0] === 'speedup')?.text).toBe('Speed-up: A, B, and E state 10 times; C states 3 times.');
  });

  it('lets about $2.4 billion (en), rund 2,4 Milliarden US-Dollar (de) and 2,4 milliards de dollars (fr) agree', () => {
    expect(values('revenue')).toEqual([2.4e9, 2.4e9, null, null, 2.4e9]);
    expect(row('revenue')?.status).toBe('agree');
    expect(view.reports[2]!.omits).toContain('revenue');
  });

  it('finds the growth only in en, Reuters only in en, AFP only in fr', () => {
    expect(values('revenue-growth')).toEqual([12, null, null, null, null]);
    expect(values('source:reuters')).toEqual([true, null, null, null, null]);
    expect(values('source:afp')).toEqual([null, null, null, null, true]);
    const texts = view.observations.map((o) => o.text);
    expect(texts).toContain('Revenue growth: stated only by A (12%).');
    expect(texts).toContain('Only A cites Reuters.');
  });

  it('names Lena Morel in the four articles that name her', () => {
    expect(values('person:lena morel')).toEqual([true, true, true, null, true]);
    expect(row('person:lena morel')?.status).toBe('agree');
  });

  it('sees the sentence the two Spanish articles share word for word', () => {
    const shared = view.observations.filter((o) => o.kind === 'shared-passage');
    expect(shared.map((o) => [o.files, o.text])).toEqual([
      [[ES, WIRE], 'C and D (both in Spanish) share a passage of 24 identical words; one text may draw on the other, or both on a common text.'],
    ]);
  });

  it('lists the figures without a source or a person with a role in their sentence', () => {
    const unattributed = (i: number) => view.reports[i]!.unattributed.map((f) => [f.kind, f.evidence.sentence.slice(0, 12)]);
    // en: the speed-ups of the headline and of the first sentence; revenue and growth stand with Reuters.
    expect(unattributed(0)).toEqual([
      ['speedup', 'Parcel robot'],
      ['speedup', 'Mistral Robo'],
    ]);
    // fr: the headline's speed-up and the revenue; the speed-up of the body stands with the AFP.
    expect(unattributed(4)).toEqual([
      ['speedup', 'Des robots q'],
      ['money', 'L’entreprise'],
    ]);
  });
});

describe('eternaut-quiz compare on the robot story', () => {
  it('prints JSON whose facts and statuses match what the articles state', () => {
    const io = captureIo();
    expect(runCompare([dir], { json: true, lang: 'de' }, io)).toBe(0);
    const out = JSON.parse(io.out()) as { facts: Array<{ key: string; label: string; articles: Record<string, unknown>; status: string }>; observations: Array<{ text: string }> };
    const speedup = out.facts.find((f) => f.key === 'speedup')!;
    expect(speedup).toMatchObject({ label: 'Beschleunigung', status: 'differ', articles: { [EN]: 10, [DE]: 10, [ES]: 3, [WIRE]: null, [FR]: 10 } });
    expect(out.facts.find((f) => f.key === 'revenue')).toMatchObject({
      status: 'agree',
      articles: { [EN]: { amount: 2.4e9, currency: 'USD', approximate: true }, [ES]: null, [FR]: { amount: 2.4e9, currency: 'USD', approximate: false } },
    });
    expect(out.observations.map((o) => o.text)).toContain(`Beschleunigung: ${EN}, ${DE} und ${FR} nennen 10-mal; ${ES} nennt 3-mal.`);
  });
});

describe('comparing the wind-farm story (nl, nb, en) through the extractors', () => {
  for (const a of WIND_STORY) fs.writeFileSync(path.join(windDir, a.file), a.text);
  // Folders are read in name order: wind-en (A), wind-nb (B), wind-nl (C).
  const all = extractAll(loadArticles([windDir]).articles);

  it('sees the revenue differ: 840 million euros in nl and nb, 910 million in en', () => {
    const view = compareArticles(all, 'en');
    const revenue = view.matrix.rows.find((r) => r.key === 'revenue')!;
    expect(revenue.status).toBe('differ');
    expect(view.observations.find((o) => o.kind === 'figure-differs')?.text).toBe('Revenue: A states €910 million; B and C state €840 million.');
    const nl = compareArticles(all, 'nl');
    expect(nl.observations.find((o) => o.kind === 'figure-differs')?.text).toBe('Omzet: A noemt 910 miljoen euro; B en C noemen 840 miljoen euro.');
  });

  it('counts the revenue attributed only where its sentence names a source', () => {
    const view = compareArticles(all, 'nb');
    expect(view.reports.map((r) => r.unattributed.map((f) => f.kind))).toEqual([['money'], ['money'], []]);
    expect(view.reports[2]!.citations.find((c) => c.kind === 'source')).toMatchObject({ name: 'ANP', about: ['revenue'] });
  });

  it('names the chief executive in all three, with the same role', () => {
    const view = compareArticles(all, 'en');
    expect(view.matrix.rows.find((r) => r.key === 'person:pieter de boer')?.status).toBe('agree');
    expect(view.observations.some((o) => o.kind === 'role-differs')).toBe(false);
  });
});
