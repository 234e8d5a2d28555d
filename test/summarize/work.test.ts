/**
 * Works named with their genre, per language: sentences that must give a
 * title (with its genre), and sentences that must give none because the
 * title's extent or the genre noun is uncertain.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/facts.js';
import type { WorkGenre } from '../../src/i18n/sections/summary.js';
import { findWorks } from '../../src/summarize/work/index.js';
import { article } from '../helpers.js';

const FOUND: Array<[Lang, string, WorkGenre, string]> = [
  ['en', 'The streamer renewed the series Night Harbour after strong ratings.', 'series', 'Night Harbour'],
  ['en', 'Critics praised the documentary “Salt and Stone” at the festival.', 'documentary', 'Salt and Stone'],
  ['en', 'Viewers kept watching the series House of Cards long after its end.', 'series', 'House of Cards'],
  ['en', 'The studio finished the film Oppenheimer ahead of schedule.', 'film', 'Oppenheimer'],
  ['de', 'Die Effekte der Krimiserie "Dunkle Wasser" entstanden in nur drei Wochen.', 'series', 'Dunkle Wasser'],
  ['de', 'Gedreht wurde die Serie Babylon Berlin vor allem in Studios.', 'series', 'Babylon Berlin'],
  ['de', 'Der Sender zeigt den Dokumentarfilm „Letzte Ernte“ am Sonntag.', 'documentary', 'Letzte Ernte'],
  ['de', 'Für die Netflix-Serie „Dark“ gab es viel Lob.', 'series', 'Dark'],
  ['nl', 'De effecten van de dramaserie Stille Grond zijn klaar.', 'series', 'Stille Grond'],
  ['nl', 'Iedereen heeft het over de film Zwartboek.', 'film', 'Zwartboek'],
  ['nl', 'De omroep zendt de documentaire “Het laatste veer” uit.', 'documentary', 'Het laatste veer'],
  ['nb', 'Effektene til dramaserien «Stille vann» ble laget på fire uker.', 'series', 'Stille vann'],
  ['nb', 'Mange har sett serien Lilyhammer.', 'series', 'Lilyhammer'],
  ['nb', 'Hun regisserte dokumentaren «Havets hukommelse» i fjor.', 'documentary', 'Havets hukommelse'],
  ['es', 'La serie argentina «El Eternauta» se estrenó en abril.', 'series', 'El Eternauta'],
  ['es', 'Todos hablan de la película «Tierra seca» este verano.', 'film', 'Tierra seca'],
  ['es', 'El público adora la serie Narcos.', 'series', 'Narcos'],
  ['fr', 'La série « Le Bureau des légendes » revient cet automne.', 'series', 'Le Bureau des légendes'],
  ['fr', 'Le documentaire « Être et avoir » a marqué le public.', 'documentary', 'Être et avoir'],
  ['fr', 'Tout le monde a vu le film Intouchables.', 'film', 'Intouchables'],
];

const NONE: Array<[Lang, string]> = [
  ['en', 'The company announced a series of layoffs in March.'],
  ['en', 'They plan to film The Crossing in Norway next year.'],
  ['en', 'Investors joined the Series A round of the start-up.'],
  ['en', 'Everyone remembers the film Gone with the Wind.'],
  ['en', "Critics still praise the film 'Schindler's List' today."],
  ['en', 'The studio opened the film Dune on Friday in cinemas.'],
  ['en', 'The network renewed the series Night Harbour for a second season.'],
  ['de', 'Die Forscher planen eine Serie von Experimenten.'],
  ['de', 'Die Serie Dark wurde in Berlin gedreht.'],
  ['de', 'Die Film- und Fernsehbranche ist besorgt über die Entwicklung.'],
  ['nl', 'Iedereen kent de film Zwartboek van Paul Verhoeven.'],
  ['nl', 'De serie werd in drie maanden opgenomen.'],
  ['nb', 'Mange har sett serien Stille vann i år.'],
  ['nb', 'Vi så dokumentaren Søsken til evig tid på kino.'],
  ['es', 'La serie El juego del calamar batió récords.'],
  ['es', 'Vimos la película Roma de Alfonso Cuarón en el cine.'],
  ['es', 'La serie se rodó en Buenos Aires.'],
  ['fr', 'La série Le Bureau des légendes revient cet automne.'],
  ['fr', 'Le film sortira en salles au printemps.'],
];

describe('works named with their genre', () => {
  it.each(FOUND)('%s: %s', (lang, text, genre, title) => {
    const a = article(text, lang);
    const works = findWorks(a, new Set());
    expect(works.map((w) => [w.genre, w.title])).toEqual([[genre, title]]);
    const e = works[0]!.evidence;
    expect(a.body.slice(e.start, e.end)).toBe(e.text);
    expect(e.text).toContain(title);
  });

  it.each(NONE)('%s: none in %s', (lang, text) => {
    expect(findWorks(article(text, lang), new Set())).toEqual([]);
  });

  it('takes no title that is, or ends in, the name of an organization or person', () => {
    const named = article('The streamer promoted the film Netflix.', 'en');
    expect(findWorks(named, new Set(['netflix']))).toEqual([]);
    expect(findWorks(named, new Set()).map((w) => w.title)).toEqual(['Netflix']);
    const tail = article('They streamed the series Night Harbour of Netflix.', 'en');
    expect(findWorks(tail, new Set(['netflix']))).toEqual([]);
  });
});
