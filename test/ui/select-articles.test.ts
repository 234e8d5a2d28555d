import { describe, expect, it } from 'vitest';
import { selectArticles } from '../../src/ui/select-articles.js';
import { UserError } from '../../src/util/io.js';
import { article } from '../helpers.js';

const a = article('Le conseil municipal a voté le budget de la piscine, selon la mairie.', 'fr', '010_piscine');
const b = article('Die Stadtwerke melden einen Gewinn von zwölf Millionen Euro.', 'de', '011_stadtwerke');
const c = article('Het museum trok vorig jaar 300.000 bezoekers, meldt de directie.', 'nl', '020_museum');
const all = [a, b, c];

describe('selectArticles (--articles)', () => {
  it('takes numbers, ids, file names and unique id prefixes, in load order', () => {
    expect(selectArticles(all, '3,1')).toEqual([a, c]);
    expect(selectArticles(all, '011_stadtwerke')).toEqual([b]);
    expect(selectArticles(all, '020_museum.txt')).toEqual([c]);
    expect(selectArticles(all, ' 02 , 010 ')).toEqual([a, c]);
  });

  it('refuses what names no article, or more than one, in one line listing the articles', () => {
    expect(() => selectArticles(all, '4')).toThrow(UserError);
    expect(() => selectArticles(all, '01')).toThrow(/--articles: no article "01" \(1 010_piscine, 2 011_stadtwerke, 3 020_museum\)/);
    expect(() => selectArticles(all, ' , ')).toThrow(/name at least one article/);
  });
});
