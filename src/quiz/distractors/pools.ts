/**
 * Plausible wrong names, used when the articles themselves offer too few. Each
 * is offered only after the article's text has been checked for every spelling
 * listed, so a name the article does mention is never a distractor. The people
 * are invented.
 */
export interface PoolName {
  name: string;
  /** Other spellings to look for in the article. */
  aliases?: string[];
}

export const PEOPLE: readonly PoolName[] = [
  { name: 'Laura Whitfield' },
  { name: 'Martin Keller' },
  { name: 'Ingrid Solheim' },
  { name: 'Pablo Medina' },
  { name: 'Claire Dubois' },
  { name: 'Jeroen van Dijk' },
  { name: 'Sofia Marín' },
  { name: 'Henrik Aasland' },
  { name: 'Anna Berger' },
  { name: 'David Okafor' },
];

export const ORGANIZATIONS: readonly PoolName[] = [
  { name: 'Disney' },
  { name: 'Amazon' },
  { name: 'Apple' },
  { name: 'Warner Bros.', aliases: ['Warner'] },
  { name: 'Sony Pictures', aliases: ['Sony'] },
  { name: 'Paramount' },
  { name: 'Universal Pictures', aliases: ['Universal'] },
  { name: 'HBO' },
  { name: 'Pixar' },
  { name: 'Lionsgate' },
  { name: 'Spotify' },
  { name: 'Microsoft' },
];

export const SOURCES: readonly PoolName[] = [
  { name: 'Reuters' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'France-Presse'] },
  { name: 'AP', aliases: ['Associated Press'] },
  { name: 'Bloomberg' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'] },
  { name: 'EFE' },
  { name: 'ANP' },
  { name: 'NTB', aliases: ['Norsk Telegrambyrå'] },
  { name: 'Variety' },
  { name: 'The Hollywood Reporter', aliases: ['Hollywood Reporter'] },
  { name: 'BBC' },
];
