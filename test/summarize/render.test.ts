/** The plain-text rendering of a summary. */
import { describe, expect, it } from 'vitest';
import { renderSummaryText, summarize } from '../../src/summarize/index.js';
import { STORIES } from './stories.js';

describe('renderSummaryText', () => {
  const summary = summarize(STORIES.nl(), 'en');
  const text = renderSummaryText(summary, 'en', 60);
  const lines = text.split('\n');

  it('opens with the title and the article line, then the lead with its evidence', () => {
    expect(lines.slice(0, 3)).toEqual(['Polder Media maakt effecten sneller', 'test.txt · article in Dutch', '']);
    expect(text).toContain('The article reports on Polder Media and the series Stille\nGrond.\n    “Polder Media” · “dramaserie Stille Grond”');
  });

  it('lists the key facts as bullets, each followed by its evidence, quoted and indented', () => {
    const at = lines.indexOf('Key facts');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 3)).toEqual(['• According to the article, it was 6 times faster.', '    “zes keer sneller”']);
    expect(text).toContain('• Source cited: ANP.\n    “meldt het ANP”');
  });

  it('ends with the quotes of the original under a heading naming its language', () => {
    const at = lines.indexOf('Key sentences of the original (Dutch)');
    expect(at).toBeGreaterThan(lines.indexOf('Key facts'));
    expect(lines[at + 1]).toBe('  “Polder Media heeft de effecten van de dramaserie Stille');
  });

  it('keeps every line within the width, in any reader language', () => {
    for (const lang of ['de', 'fr', 'nb'] as const) {
      for (const line of renderSummaryText(summarize(STORIES.es(), lang), lang, 44).split('\n')) {
        expect([...line].length).toBeLessThanOrEqual(44);
      }
    }
  });

  it('shows words stated in several places once', () => {
    const twice = { ...summary, sentences: [{ text: 'x', evidence: [summary.sentences[0]!.evidence[0]!, { ...summary.sentences[0]!.evidence[0]!, start: 999, end: 1015 }] }] };
    expect(renderSummaryText(twice, 'en')).toContain('    “zes keer sneller”\n');
    expect(renderSummaryText(twice, 'en')).not.toContain('“zes keer sneller” ·');
  });
});
