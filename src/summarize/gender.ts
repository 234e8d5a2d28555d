/**
 * Whether the article calls a person by a feminine role noun ("Präsidentin
 * Katrin Vogt", "la directora, Lucía Ferrer", "présidente du festival, Claire
 * Martin"), so the summary can use the feminine noun too. The fact model has no
 * gender; where the article does not show it, the catalog's default noun stays.
 */
import type { Fact, Lang } from '../facts.js';

/** Feminine role nouns in each article language (English and Norwegian nouns are mostly neutral). */
const FEMININE: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(?:chair|spokes|business|congress)woman(?!\p{L})/iu,
  // No start of word: compounds count too ("Vorstandssprecherin", "Geschäftsführerin").
  de: /(?:präsident|autor|gründer|regisseur|produzent|sprecher|analyst|minister|direktor|chef|führer|intendant)in(?!\p{L})/iu,
  nl: /(?<!\p{L})(?:voorzitster|woordvoerster|oprichtster|regisseuse|directrice|presidente|schrijfster|producente)(?!\p{L})/iu,
  nb: /(?<!\p{L})(?:forfatterinne|styrelederinne)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:\p{L}*directora|presidenta|autora|\p{L}*fundadora|productora|ministra|consejera|la\s+(?:portavoz|analista))(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:présidente|autrice|auteure|\p{L}*fondatrice|réalisatrice|productrice|\p{L}*directrice|la\s+(?:ministre|porte-parole|PDG|analyste))(?!\p{L})/iu,
};

export function statedFeminine(name: string, facts: readonly Fact[], articleLang: Lang): boolean {
  return facts.some((f) => f.kind === 'person' && f.name === name && FEMININE[articleLang].test(f.evidence.text));
}
