/** The shape the works engine relies on in every language's genre nouns. */
import { describe, expect, it } from 'vitest';
import { de } from '../../src/summarize/work/de.js';
import { en } from '../../src/summarize/work/en.js';
import { es } from '../../src/summarize/work/es.js';
import { fr } from '../../src/summarize/work/fr.js';
import { nb } from '../../src/summarize/work/nb.js';
import { nl } from '../../src/summarize/work/nl.js';

describe('genre nouns', () => {
  it('are letters and hyphens in groups, alternatives and optional parts only: the engine looks for them word by word', () => {
    for (const rules of [en, de, nl, nb, es, fr]) {
      for (const [source] of rules.genres) expect(source, source).toMatch(/^(?:\p{L}|-|\(\?:|[()|?])+$/u);
    }
  });
});
