/** The central sentences quoted for language practice. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/facts.js';
import { rankSentences } from '../../src/summarize/centrality.js';
import { pickQuotes } from '../../src/summarize/quotes.js';
import { article } from '../helpers.js';

const quotesOf = (a: Article) => pickQuotes(rankSentences(a));

const FERRY = article(
  'Ny elferje settes inn på Bastøy-sambandet\n' +
    'Av Ola Hansen | i dag, 09:12\n' +
    'Den nye elferja på sambandet mellom Horten og Moss skal etter planen settes i drift i mars. ' +
    'Ferja kan ta 200 biler og går helt på strøm fra batterier som lades ved kai. ' +
    'Rederiet regner med at ferja vil kutte utslippene på sambandet med nesten 90 prosent.\n' +
    'Ferja ble bygget ved et verft i Tyrkia og kom til Norge i januar. Foto: NTB\n' +
    'Ifølge rederiet har byggingen av ferja tatt litt lengre tid enn planlagt. ' +
    'Likevel mener rederiet at ferja skal være klar til å gå i rute før påske. ' +
    'Daglig leder sa dette om ferja:\n' +
    '«Vi er stolte av den nye ferja. Den er et stort steg for hele sambandet.»\n' +
    'Hva mener du om elektriske ferjer?',
  'nb',
);

describe('quotes', () => {
  const quotes = quotesOf(FERRY);

  it('takes three sentences of a longer article, in article order, each an exact passage of it', () => {
    expect(quotes).toHaveLength(3);
    const starts = quotes.map((q) => q.evidence.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const q of quotes) {
      expect(FERRY.body.slice(q.evidence.start, q.evidence.end)).toBe(q.text);
      expect(q.evidence.text).toBe(q.text);
    }
  });

  it('starts from the lead, the core of a news report', () => {
    expect(quotes[0]!.text).toBe('Den nye elferja på sambandet mellom Horten og Moss skal etter planen settes i drift i mars.');
  });

  it('never quotes the headline, byline, a caption, a lead-in ending in a colon or a question to the reader', () => {
    const all = quotes.map((q) => q.text).join('\n');
    expect(all).not.toMatch(/Bastøy-sambandet|Ola Hansen|Tyrkia|Foto|sa dette om ferja|Hva mener du/);
  });

  it('takes two sentences of a short article, and none when nothing is a whole statement', () => {
    const short = article('Kommunen bygger ny skole på Hamar. Byggestart er planlagt til neste høst, opplyser rådmannen. Skolen skal ha plass til 400 elever.', 'nb');
    expect(quotesOf(short)).toHaveLength(2);
    expect(quotesOf(article('Ny skole på Hamar\nByggestart neste høst', 'nb'))).toEqual([]);
  });

  it('does not quote the same statement twice', () => {
    const repeated = article(
      'The city council approved the new bridge across the harbour on Monday evening. ' +
        'The mayor said the bridge would open to traffic in the spring of next year. ' +
        'Work on the foundations has already started near the old ferry terminal. ' +
        'The mayor said the bridge would open to traffic in the spring of next year. ' +
        'Local businesses welcomed the decision after years of debate about the crossing. ' +
        'Cyclists will get a separate lane on the eastern side of the bridge.',
      'en',
    );
    const texts = quotesOf(repeated).map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.startsWith('The mayor said')).length).toBeLessThanOrEqual(1);
  });

  it('drops a quotation mark that opens a quote running over several sentences', () => {
    const a = article(
      'Le maire a présenté le nouveau pont lundi soir devant le conseil municipal. ' +
        '« Ce pont va changer la vie des habitants du quartier nord. Il sera ouvert au printemps prochain. » ' +
        'Les travaux ont déjà commencé près de l’ancien terminal des ferries.',
      'fr',
    );
    const texts = quotesOf(a).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('«'))).toBe(false);
    expect(texts.some((t) => t.endsWith('»'))).toBe(false);
    for (const q of quotesOf(a)) expect(a.body.slice(q.evidence.start, q.evidence.end)).toBe(q.text);
  });

  it('stays fast on a very long article, quoting from its start', () => {
    const words = ['harbour', 'council', 'bridge', 'ferry', 'budget', 'workers', 'storm', 'engineers', 'residents', 'tunnel', 'crane', 'schedule', 'pier', 'mayor', 'traffic', 'concrete', 'lighthouse'];
    // Sentences that differ from each other: each draws its own words from the list.
    const paragraph = (i: number) =>
      `The ${words[i % 17]} and the ${words[(i * 7 + 3) % 17]} met the ${words[(i * 5 + 1) % 17]} near the ${words[(i * 3 + 2) % 17]} on day ${i}.`;
    const long = article(Array.from({ length: 4000 }, (_, i) => paragraph(i)).join('\n'), 'en');
    const started = performance.now();
    const quotes = quotesOf(long);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(quotes.length).toBe(3);
    expect(quotes.every((q) => q.evidence.start < long.body.length / 10)).toBe(true);
  });
});
