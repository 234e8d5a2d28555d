import { describe } from 'vitest';
import { sourceCorpus } from './corpus.js';

describe('sources (nl)', () => {
  sourceCorpus(
    'nl',
    [
      ['Volgens de NOS is de deal rond.', ['NOS']],
      ['Dat meldt persbureau ANP op basis van ingewijden.', ['ANP']],
      ['Volgens RTL Nieuws stopt de serie na dit seizoen.', ['RTL Nieuws']],
      ['De Volkskrant schrijft dat de onderhandelingen zijn vastgelopen.', ['Volkskrant']],
      ['NRC meldde eerder dat de zender wil bezuinigen.', ['NRC']],
      ['De zender stopt met het programma, aldus de NOS.', ['NOS']],
      ['De omroepen reageren nog niet.\nBron: ANP', ['ANP']],
      ['Volgens Het Parool wil de gemeente de bioscoop redden.', ['Het Parool']],
      ['AMSTERDAM (ANP) - De Tweede Kamer wil regels voor AI in de filmsector.', ['ANP']],
      ['Volgens Tweakers komt de update volgende week.', ['Tweakers']],
      ['Volgens de Universiteit Utrecht is het onderzoek betrouwbaar.', ['Universiteit Utrecht']],
      ['Zo meldt de Telegraaf op basis van eigen bronnen.', ['Telegraaf']],
    ],
    [
      'Volgens de topman is het bedrijf zeer goed gepositioneerd.',
      'Volgens CEO Ted Sarandos is AI vooral een hulpmiddel.',
      'Volgens Netflix-topman Ted Sarandos is AI geen vervanging.',
      'Netflix meldt een omzet van 11 miljard dollar.',
      'Een scène uit de nieuwe serie. Bron: Netflix',
      'Volgens analisten is het aandeel ondergewaardeerd.',
    ],
  );
});
