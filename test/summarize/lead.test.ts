/** The lead: whom the article reports on and in which work, only as far as it states them. */
import { describe, expect, it } from 'vitest';
import { buildLead } from '../../src/summarize/lead.js';
import { article, facts } from '../compare/build.js';

describe('lead', () => {
  it('names the organization the article opens with and comes back to, and the work it is about, with their evidence', () => {
    const a = article(
      'Polder Media heeft de effecten van de dramaserie Stille Grond zes keer sneller afgerond. ' +
        'Volgens het bedrijf werkte een klein team drie maanden aan de scènes. ' +
        'Polder Media wil de techniek ook voor andere producties gebruiken.',
      'nl',
    );
    const built = facts(a).org('Polder Media', 'polder-media', 0).org('Polder Media', 'polder-media', 1).speedup('zes keer sneller', 6).done();
    const lead = buildLead(a, built.facts, 'de');
    expect(lead?.text).toBe('Der Artikel berichtet über Polder Media und die Serie Stille Grond.');
    expect(lead?.evidence.map((e) => e.text)).toEqual(['Polder Media', 'dramaserie Stille Grond']);
    expect(lead?.evidence[0]!.start).toBe(0);
  });

  it('does not make an organization mentioned once, or only late, or a cited source the actor', () => {
    const a = article(
      'De gemeente opent volgend jaar een nieuwe brug over de haven. ' +
        'Volgens het ANP kost de brug ruim 40 miljoen euro. ' +
        'De bouw begint in maart en duurt ongeveer twee jaar. ' +
        'Het ontwerp komt van Studio Noord. Studio Noord bouwde eerder twee bruggen in de stad.',
      'nl',
    );
    const built = facts(a)
      .org('ANP', 'anp')
      .source('Volgens het ANP', 'ANP')
      .org('Studio Noord', 'studio-noord', 0)
      .org('Studio Noord', 'studio-noord', 1)
      .done();
    expect(buildLead(a, built.facts, 'en')).toBeNull();
  });

  it('names a work only where the article treats it as central', () => {
    // "What Lies Beneath" is named once, after the opening, in a paragraph without a key fact.
    const a = article(
      'The studio Northwind said its new pipeline rendered a flood sequence four times faster.\n' +
        'Northwind has used the tools since the spring. The team grew to forty people this year.\n' +
        'Years ago, critics mocked the effects of the film What Lies Beneath, made by another studio.',
      'en',
    );
    const built = facts(a).org('Northwind', 'northwind', 0).org('Northwind', 'northwind', 1).speedup('four times faster', 4).done();
    expect(buildLead(a, built.facts, 'en')?.text).toBe('The article reports on Northwind.');
  });

  it('takes a work named in the paragraph of a key fact, even without an actor', () => {
    const a = article(
      'Le tournage a commencé en Bretagne au printemps dernier. L’équipe compte une trentaine de personnes. Elle travaille surtout la nuit.\n' +
        'Pour la série « Les Phares », les effets ont été réalisés trois fois plus vite grâce à un nouvel outil.',
      'fr',
    );
    const built = facts(a).speedup('trois fois plus vite', 3).done();
    const lead = buildLead(a, built.facts, 'es');
    expect(lead?.text).toBe('El artículo trata sobre la serie Les Phares.');
    expect(lead?.evidence.map((e) => e.text)).toEqual(['série « Les Phares »']);
  });

  it('gives no lead when the article names neither', () => {
    const a = article('Es regnete den ganzen Tag. Am Abend klarte es auf, und viele gingen spazieren.', 'de');
    expect(buildLead(a, [], 'nb')).toBeNull();
  });
});
