import { describe, expect, it } from 'vitest';
import { canonicalOf } from '../../../src/extract/organizations/heads.js';
import { organizationName } from '../../../src/extract/organizations/index.js';
import { INSTITUTIONS } from '../../../src/extract/organizations/institutions.js';
import { organizationCorpus } from './corpus.js';

describe('organizations (en)', () => {
  organizationCorpus(
    'en',
    [
      ['Warner Bros. Discovery said on Tuesday that it would split into two companies.', [['Warner Bros. Discovery', 'warner-bros-discovery']]],
      [
        'The visual effects were created by Framestore and Wētā FX, two of the largest vendors in the industry.',
        [['Framestore', 'framestore'], ['Wētā FX', 'weta-fx']],
      ],
      [
        'Lumen Studios, a small effects house in Vancouver, delivered the shots in six weeks. Since then Lumen has doubled its staff.',
        [['Lumen Studios', 'lumen'], ['Lumen', 'lumen']],
      ],
      ['Shares of Brightwave Inc. rose 8% after the announcement.', [['Brightwave Inc.', 'brightwave']]],
      ['Members of the Writers Guild of America voted to ratify the new contract.', [['Writers Guild of America', 'writers-guild-of-america']]],
      ['The Spanish Film Academy has banned AI-generated posters from its awards.', [['Spanish Film Academy', 'goya-academy']]],
      ['Protesters gathered outside the gates in Burbank.\nPhoto: AFP', [['AFP', 'agence-france-presse']]],
      ["Google's Veo 3 and Runway's Gen-4 were both tested by the team.", [['Google', 'google'], ['Runway', 'runway']]],
      ["Moonvalley's Marey 2 was trained only on licensed footage.", [['Moonvalley', 'moonvalley']]],
      ['The union SAG-AFTRA warned members about digital replicas.', [['SAG-AFTRA', 'sag-aftra']]],
      [
        'She studied at the University of Edinburgh before joining the BBC.',
        [['University of Edinburgh', 'edinburgh-university'], ['BBC', 'bbc']],
      ],
      ['The deal makes Helix Pictures the largest independent distributor in Europe.', [['Helix Pictures', 'helix-pictures']]],
      ['The startup Tessellate raised $40 million from investors.', [['Tessellate', 'tessellate']]],
      ['The National Union of Journalists backed the strike.', [['National Union of Journalists', 'national-union-of-journalists']]],
      ['Members of the Costume Designers Guild met on Sunday.', [['Costume Designers Guild', 'costume-designers-guild']]],
      ["Spain's Academia de Cine said the rule applies from next year.", [['Academia de Cine', 'goya-academy']]],
      ['Netflix’s co-CEO said the company had no plans to buy Paramount.', [['Netflix', 'netflix'], ['Paramount', 'paramount']]],
      [
        'Quarry Lane Interactive, the Dundee studio behind the Ashfall games, laid off 40 people.',
        [['Quarry Lane Interactive', 'quarry-lane-interactive']],
      ],
      ['Tom Harper, an analyst at Enders Analysis, expects more mergers.', [['Enders Analysis', 'enders-analysis']]],
      [
        'The Motion Picture Artists Guild (MPAG) called a strike. MPAG members vote on Friday.',
        [['Motion Picture Artists Guild', 'motion-picture-artists-guild'], ['MPAG', 'motion-picture-artists-guild']],
      ],
      ['Doctors at Riverside Hospital tested the software for a year.', [['Riverside Hospital', 'riverside-hospital']]],
      ['The film premiered at the Sundance Film Festival in January.', [['Sundance Film Festival', 'sundance-film-festival']]],
      ['The EU wants streaming services to label AI-generated content.', [['EU', 'european-union']]],
    ],
    [
      'Squid Game remains the most-watched series on the platform.',
      'The 2023 Hollywood strikes shut down production for months.',
      'El Eternauta follows survivors of a deadly snowfall in Buenos Aires.',
      'What Jennifer Did drew criticism for its use of altered photos.',
      'Sora 2 and VEO 3 can generate short clips from a text prompt.',
      'Variety is what audiences want, the producer said.',
      'Hollywood Studios are nervous about the new rules.',
      'They crossed the Amazon river by boat.',
      'The Hollywood Foreign Press Association has lost much of its influence.',
      'Jane Doe, the head of the company, said the plan works.',
    ],
  );

  it('names well-known institutions in the reader’s language', () => {
    expect(organizationName('goya-academy', 'en')).toBe('Goya Academy');
    expect(organizationName('goya-academy', 'nb')).toBe('Goya-akademiet');
    expect(organizationName('goya-academy', 'de')).toBe('Goya-Akademie');
    expect(organizationName('goya-academy', 'es')).toBe('Academia de Cine');
    expect(organizationName('goya-academy', 'fr')).toBe('Académie des Goya');
    expect(organizationName('netflix', 'fr')).toBe('Netflix');
    expect(organizationName('lumen', 'en')).toBeUndefined();
  });

  it('gives every institution of the registry its own key and its own spellings', () => {
    const keys = INSTITUTIONS.map((i) => canonicalOf(i.name, 'en'));
    expect(new Set(keys).size).toBe(keys.length);
    const spellings = INSTITUTIONS.flatMap((i) => [
      ...new Set([i.name, ...Object.values(i.names ?? {}), ...(i.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))]),
    ]);
    expect(spellings.filter((s, n) => spellings.indexOf(s) !== n)).toEqual([]);
  });
});
