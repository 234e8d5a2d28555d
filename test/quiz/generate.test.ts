import { describe, expect, it } from 'vitest';
import { factsOf, LANGS, type ArticleFacts, type Lang } from '../../src/facts.js';
import { catalog } from '../../src/i18n/catalog.js';
import { formatMoney, sameWhenFormatted } from '../../src/i18n/format.js';
import { articleLabel } from '../../src/quiz/article-label.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { mentionsAny } from '../../src/quiz/mentions.js';
import { CATEGORIES, type Question } from '../../src/quiz/types.js';
import { story } from './fixtures.js';

const all = story();
const file = (lang: Lang) => `${lang}-tidewater.txt`;
const label = (lang: Lang, quiz: Lang = 'en') => articleLabel(all.find((a) => a.article.file === file(lang))!.article, quiz, all.map((a) => a.article));
const correct = (q: Question) => q.options[q.answer];
const about = (qs: Question[], category: string, lang: Lang) => qs.filter((q) => q.category === category && q.articles.length === 1 && q.articles[0] === file(lang));

describe('questions on one article', () => {
  const qs = generateQuestions(all, 'en', { seed: 1 });

  it('asks each figure an article states, with its value as the answer', () => {
    expect(about(qs, 'speed', 'nb').map(correct)).toEqual(['4 times']);
    expect(about(qs, 'revenue', 'nl').map(correct)).toEqual(['€230 million']);
    expect(about(qs, 'revenue', 'de').map(correct)).toEqual(['€220 million']);
    expect(about(qs, 'profit', 'nb').map(correct)).toEqual(['€35 million']);
    expect(about(qs, 'growth', 'es').map(correct)).toEqual(['12%']);
    // The German article gives no profit, the Dutch one no growth.
    expect(about(qs, 'profit', 'de')).toEqual([]);
    expect(about(qs, 'growth', 'nl')).toEqual([]);
  });

  it('asks what an article with a budget statement says about the budget', () => {
    const budget = qs.filter((q) => q.category === 'budget');
    expect(budget.map((q) => q.articles[0]).sort()).toEqual([file('de'), file('fr'), file('nb')]);
    for (const q of budget) expect(correct(q)).toBe(catalog('en').quiz.options.budget.correct);
  });

  it('asks for named people only with a role, and for sources and organizations not in the title', () => {
    expect(about(qs, 'person', 'es').map((q) => [q.stem, correct(q)])).toEqual([[`Who does ${label('es')} name as analyst?`, 'Jorge Ramos']]);
    expect(about(qs, 'person', 'nl')).toEqual([]); // "Directeur Kari Nilsen": no role given
    expect(CATEGORIES.filter((c) => c !== 'comparison').flatMap((c) => about(qs, c, 'fr').map(correct))).toContain('AFP');
    expect(about(qs, 'institution', 'nb').map(correct)).toEqual(['Norwegian Film Institute']);
    // Tidewater Games is in every title: asking for it would give the answer away.
    expect(about(qs, 'institution', 'de')).toEqual([]);
  });

  it('never offers a wrong option that is true', () => {
    for (const q of qs.filter((q) => q.articles.length === 1)) {
      const a = all.find((x) => x.article.file === q.articles[0])!;
      const wrong = q.options.filter((_, i) => i !== q.answer);
      if (q.category === 'revenue' || q.category === 'profit') {
        const stated = factsOf(a.facts, 'money').filter((f) => f.role === q.category).map((f) => formatMoney(f.amount, f.currency, 'en'));
        for (const w of wrong) for (const s of stated) expect(sameWhenFormatted(w, s)).toBe(false);
      }
      if (q.category === 'person' || q.category === 'source' || q.category === 'institution') {
        for (const w of wrong) expect(mentionsAny(a.article.body, [w, w.split(' ').pop()!]), `${q.id}: ${w}`).toBe(false);
      }
    }
  });

  it('explains with the article named and its words quoted', () => {
    const revenue = about(qs, 'revenue', 'nl')[0]!;
    expect(revenue.explanation).toBe(`The correct answer is €230 million. ${label('nl')} writes: “Volgens persbureau Reuters boekte het bedrijf vorig jaar een omzet van 230 miljoen euro.”`);
    expect(revenue.evidence).toEqual([{ file: file('nl'), text: 'omzet van 230 miljoen euro', sentence: 'Volgens persbureau Reuters boekte het bedrijf vorig jaar een omzet van 230 miljoen euro.' }]);
  });
});

describe('questions across articles', () => {
  const qs = generateQuestions(all, 'en', { seed: 1 });
  const t = catalog('en').quiz;
  const byStem = (stem: string) => qs.filter((q) => q.stem === stem);

  it('counts the articles that give a figure and says whether they agree', () => {
    expect(byStem(t.stems.agreement.revenue).map(correct)).toEqual(['5 articles, with different figures']);
    expect(byStem(t.stems.agreement.speedup).map(correct)).toEqual(['6 articles, all with the same figure']);
    expect(byStem(t.stems.agreement['revenue-growth']).map(correct)).toEqual(['3 articles, all with the same figure']);
    expect(byStem(t.stems.agreement.profit).map(correct)).toEqual(['2 articles, all with the same figure']);
  });

  it('asks which article does not give a figure, offering only articles that do', () => {
    const [q] = byStem(t.stems.notReports.revenue);
    expect(correct(q!)).toBe(label('nb'));
    expect(q!.options.filter((_, i) => i !== q!.answer).every((o) => ['en', 'de', 'nl', 'es', 'fr'].some((l) => o === label(l as Lang)))).toBe(true);
  });

  it('asks which article cites a source, mentions a name, or does not', () => {
    const reuters = byStem(t.stems.cites('Reuters'));
    expect(reuters).toHaveLength(1);
    expect([label('en'), label('nl')]).toContain(correct(reuters[0]!));
    // The other options are the articles that do not mention Reuters at all.
    expect(reuters[0]!.options.filter((o) => o === label('en') || o === label('nl'))).toHaveLength(1);
    expect(byStem(t.stems.notMentions('Kari Nilsen')).map(correct)).toEqual([label('es')]);
    const film = byStem(t.stems.mentions('Norwegian Film Institute'));
    expect(film).toHaveLength(1);
    expect([label('en'), label('nb')]).toContain(correct(film[0]!));
    // The other options are articles that do not mention it under any name.
    expect(film[0]!.options.filter((o) => o === label('en') || o === label('nb'))).toHaveLength(1);
  });

  it('does not ask backwards what a question on one article already asks', () => {
    // Only the Norwegian article cites NTB, only the Spanish one names Jorge Ramos, and their own questions ask for them.
    expect(about(qs, 'source', 'nb').map(correct)).toEqual(['NTB']);
    expect(byStem(t.stems.cites('NTB'))).toEqual([]);
    expect(about(qs, 'person', 'es').map(correct)).toEqual(['Jorge Ramos']);
    expect(byStem(t.stems.mentions('Jorge Ramos'))).toEqual([]);
  });

  it('offers no article as "does not give it" when it states an amount without a role', () => {
    const unsure = all.map((a): ArticleFacts => (a.article.file === file('nb') ? { ...a, facts: a.facts.map((f) => (f.kind === 'money' ? { ...f, role: undefined } : f)) } : a));
    const qs2 = generateQuestions(unsure, 'en', { seed: 1 });
    expect(qs2.filter((q) => q.stem === t.stems.notReports.revenue)).toEqual([]);
    expect(qs2.filter((q) => q.stem === t.stems.agreement.revenue)).toEqual([]);
    // And the amount without a role gets no profit question either.
    expect(about(qs2, 'profit', 'nb')).toEqual([]);
  });

  it('asks nothing about a figure an article states twice with different values', () => {
    const twice = all.map((a): ArticleFacts => {
      if (a.article.file !== file('en')) return a;
      const revenue = factsOf(a.facts, 'money').find((f) => f.role === 'revenue')!;
      return { ...a, facts: [...a.facts, { ...revenue, amount: 250e6 }] };
    });
    expect(about(generateQuestions(twice, 'en', { seed: 1 }), 'revenue', 'en')).toEqual([]);
  });
});

describe('determinism and seeds', () => {
  it('gives byte-identical questions for the same articles, language and seed', () => {
    expect(JSON.stringify(generateQuestions(story(), 'fr', { seed: 42 }))).toBe(JSON.stringify(generateQuestions(story(), 'fr', { seed: 42 })));
  });

  it('changes the order and answer positions with another seed, not the questions', () => {
    const a = generateQuestions(all, 'en', { seed: 1 });
    const b = generateQuestions(all, 'en', { seed: 2 });
    expect(a.map((q) => q.id)).not.toEqual(b.map((q) => q.id));
    expect(new Set(a.map((q) => q.id))).toEqual(new Set(b.map((q) => q.id)));
    const answerAt = (qs: Question[]) => new Map(qs.map((q) => [q.id, q.answer]));
    const pa = answerAt(a);
    const pb = answerAt(b);
    expect([...pa].filter(([id, p]) => pb.get(id) !== p).length).toBeGreaterThan(a.length / 2);
  });

  it('asks the same questions (same ids) in every language', () => {
    const ids = (lang: Lang) => new Set(generateQuestions(all, lang, { seed: 5 }).map((q) => q.id));
    for (const lang of LANGS) expect(ids(lang), lang).toEqual(ids('en'));
  });

  it('spreads --count over the categories', () => {
    const nine = generateQuestions(all, 'de', { seed: 3, count: 9 });
    expect(new Set(nine.map((q) => q.category))).toEqual(new Set(CATEGORIES));
    expect(generateQuestions(all, 'de', { seed: 3, count: 20 })).toHaveLength(20);
    expect(generateQuestions(all, 'de', { seed: 3, count: 1000 }).length).toBe(generateQuestions(all, 'de', { seed: 3 }).length);
  });

  it('builds nothing from an article without facts', () => {
    expect(generateQuestions([{ article: all[0]!.article, facts: [] }], 'en', { seed: 1 })).toEqual([]);
  });
});
