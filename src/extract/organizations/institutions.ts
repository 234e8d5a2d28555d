/**
 * Well-known media, film and technology institutions: every spelling an
 * article may use, and the name to show in each language. The canonical key of
 * an institution derives from `name` (see registry.ts), so an institution the
 * rules find without this table ("Eyeline Studios" → "eyeline") gets the same key.
 * German names whose adjective inflects are listed in both forms ("Süddeutsche
 * Zeitung", "der Süddeutschen Zeitung").
 */
import type { Lang } from '../../facts.js';

export type InstitutionKind =
  | 'company'
  | 'studio'
  | 'platform'
  | 'academy'
  | 'union'
  | 'institute'
  | 'agency'
  | 'broadcaster'
  | 'newspaper'
  | 'outlet';

/** Kinds whose business is reporting the news: they can be the cited source of an article. */
export const NEWS_KINDS: ReadonlySet<InstitutionKind> = new Set(['agency', 'broadcaster', 'newspaper', 'outlet']);

export interface AliasSpec {
  text: string;
  /** Only in these languages (elsewhere the letters mean something else, e.g. "AP" in Norwegian). */
  langs?: Lang[];
  /** Also an ordinary word ("Variety", "Deadline"): not taken at the start of a sentence. */
  notAtStart?: boolean;
  /** Pattern source of what may not follow ("Amazon rainforest"). */
  notBefore?: string;
}
export type Alias = string | AliasSpec;

export interface Institution {
  /** The international (English) name; the canonical key derives from it. */
  name: string;
  kind: InstitutionKind;
  /** Further spellings, matched in every language unless restricted. */
  aliases?: Alias[];
  /** The name in a language where it differs from `name`; also matched as an alias. */
  names?: Partial<Record<Lang, string>>;
}

export const INSTITUTIONS: readonly Institution[] = [
  // Film academies
  {
    name: 'Goya Academy',
    kind: 'academy',
    names: { de: 'Goya-Akademie', nl: 'Goya-academie', nb: 'Goya-akademiet', es: 'Academia de Cine', fr: 'Académie des Goya' },
    aliases: [
      'Academia de las Artes y las Ciencias Cinematográficas de España',
      'Academia de las Artes y Ciencias Cinematográficas de España',
      'Academia de Cine de España',
      'Academia del Cine Español',
      'Spanish Film Academy',
      'Spanish Academy of Cinematographic Arts and Sciences',
      'Academy of Cinematographic Arts and Sciences of Spain',
      'Spanische Filmakademie',
      'Spanischen Filmakademie',
      'Spaanse Filmacademie',
      'Goya-akademien',
      'Académie espagnole du cinéma',
      'Académie des arts et des sciences cinématographiques d’Espagne',
      "Académie des arts et des sciences cinématographiques d'Espagne",
    ],
  },
  {
    name: 'Academy of Motion Picture Arts and Sciences',
    kind: 'academy',
    names: { de: 'Oscar-Akademie', nl: 'Oscar-academie', nb: 'Oscar-akademiet', es: 'Academia de Hollywood', fr: 'Académie des Oscars' },
    aliases: ['AMPAS', 'Academia de las Artes y las Ciencias Cinematográficas de Hollywood', 'Oscar-akademien', 'Film Academy of Hollywood'],
  },
  {
    name: 'British Academy of Film and Television Arts',
    kind: 'academy',
    aliases: ['BAFTA', 'Bafta'],
  },
  {
    name: 'European Film Academy',
    kind: 'academy',
    names: { de: 'Europäische Filmakademie', nl: 'Europese Filmacademie', nb: 'Det europeiske filmakademiet', es: 'Academia de Cine Europeo', fr: 'Académie européenne du cinéma' },
    aliases: ['Europäischen Filmakademie'],
  },
  {
    name: 'César Academy',
    kind: 'academy',
    names: { fr: 'Académie des César' },
    aliases: ['Académie des Césars', 'Académie des arts et techniques du cinéma'],
  },
  {
    name: 'German Film Academy',
    kind: 'academy',
    names: { de: 'Deutsche Filmakademie', fr: 'Académie allemande du cinéma', es: 'Academia de Cine Alemana' },
    aliases: ['Deutschen Filmakademie'],
  },

  // Unions, guilds, trade bodies, film institutes
  { name: 'SAG-AFTRA', kind: 'union', aliases: ['Screen Actors Guild', 'SAG'] },
  { name: 'Writers Guild of America', kind: 'union', aliases: ['WGA'] },
  { name: 'Directors Guild of America', kind: 'union', aliases: ['DGA'] },
  { name: 'IATSE', kind: 'union', aliases: ['International Alliance of Theatrical Stage Employees'] },
  { name: 'ver.di', kind: 'union', aliases: [{ text: 'Verdi', langs: ['de'] }, 'Vereinte Dienstleistungsgewerkschaft'] },
  { name: 'FNV', kind: 'union', aliases: ['Federatie Nederlandse Vakbeweging'] },
  { name: 'Fellesforbundet', kind: 'union' },
  { name: 'CCOO', kind: 'union', aliases: ['Comisiones Obreras'] },
  { name: 'UGT', kind: 'union', aliases: ['Unión General de Trabajadores'] },
  { name: 'CGT', kind: 'union', aliases: ['Confédération générale du travail'] },
  { name: 'CFDT', kind: 'union' },
  { name: 'Motion Picture Association', kind: 'institute', aliases: ['MPA'] },
  { name: 'British Film Institute', kind: 'institute', aliases: ['BFI'] },
  { name: 'Norwegian Film Institute', kind: 'institute', names: { nb: 'Norsk filminstitutt' } },
  { name: 'Netherlands Film Fund', kind: 'institute', names: { nl: 'Nederlands Filmfonds' } },
  { name: 'German Federal Film Board', kind: 'institute', names: { de: 'Filmförderungsanstalt' }, aliases: ['FFA'] },
  { name: 'ICAA', kind: 'institute', aliases: ['Instituto de la Cinematografía y de las Artes Audiovisuales'] },
  { name: 'INCAA', kind: 'institute', aliases: ['Instituto Nacional de Cine y Artes Audiovisuales'] },
  {
    name: 'Centre national du cinéma et de l’image animée',
    kind: 'institute',
    aliases: [{ text: 'CNC', langs: ['fr', 'es'] }, "Centre national du cinéma et de l'image animée", 'Centre national du cinéma'],
  },

  // News agencies and picture agencies
  { name: 'Reuters', kind: 'agency', aliases: ['Thomson Reuters'] },
  {
    name: 'Associated Press',
    kind: 'agency',
    aliases: [{ text: 'AP', langs: ['en', 'de', 'es', 'fr'] }, 'AP Photo'],
  },
  { name: 'Agence France-Presse', kind: 'agency', aliases: ['AFP', 'Agence France Presse'] },
  { name: 'Deutsche Presse-Agentur', kind: 'agency', aliases: ['dpa', 'DPA', 'Deutschen Presse-Agentur'] },
  { name: 'EFE', kind: 'agency', aliases: ['Agencia EFE'] },
  { name: 'Europa Press', kind: 'agency' },
  { name: 'ANP', kind: 'agency', aliases: ['Algemeen Nederlands Persbureau'] },
  { name: 'NTB', kind: 'agency', aliases: ['Norsk Telegrambyrå'] },
  { name: 'ANSA', kind: 'agency' },
  { name: 'Bloomberg', kind: 'agency', aliases: ['Bloomberg News'] },
  { name: 'Austria Presse Agentur', kind: 'agency', aliases: [{ text: 'APA', langs: ['de'] }] },
  { name: 'Keystone-SDA', kind: 'agency' },
  { name: 'Belga', kind: 'agency', aliases: [{ text: 'Belga', notAtStart: true }] },
  { name: 'Ritzau', kind: 'agency' },
  { name: 'Xinhua', kind: 'agency' },
  { name: 'Kyodo', kind: 'agency', aliases: ['Kyodo News'] },
  { name: 'Yonhap', kind: 'agency' },
  { name: 'Getty Images', kind: 'agency' },
  { name: 'Shutterstock', kind: 'agency' },

  // Broadcasters
  { name: 'BBC', kind: 'broadcaster', aliases: ['British Broadcasting Corporation'] },
  { name: 'CNN', kind: 'broadcaster' },
  { name: 'CNBC', kind: 'broadcaster' },
  { name: 'NPR', kind: 'broadcaster' },
  { name: 'NBC', kind: 'broadcaster', aliases: ['NBC News'] },
  { name: 'CBS', kind: 'broadcaster', aliases: ['CBS News'] },
  { name: 'Fox News', kind: 'broadcaster' },
  { name: 'Sky News', kind: 'broadcaster' },
  { name: 'Al Jazeera', kind: 'broadcaster' },
  { name: 'Deutsche Welle', kind: 'broadcaster', aliases: [{ text: 'DW', langs: ['de', 'en'] }, 'Deutschen Welle'] },
  { name: 'ARD', kind: 'broadcaster', aliases: ['Tagesschau'] },
  { name: 'ZDF', kind: 'broadcaster' },
  { name: 'ORF', kind: 'broadcaster' },
  { name: 'SRF', kind: 'broadcaster', aliases: [{ text: 'SRF', langs: ['de'] }] },
  { name: 'NOS', kind: 'broadcaster', aliases: [{ text: 'NOS', langs: ['nl', 'en', 'de', 'nb', 'fr'] }, 'NOS Nieuws'] },
  { name: 'NPO', kind: 'broadcaster' },
  { name: 'RTL', kind: 'broadcaster', aliases: ['RTL Nieuws', 'RTL Group'] },
  { name: 'VRT', kind: 'broadcaster', aliases: ['VRT NWS'] },
  { name: 'RTBF', kind: 'broadcaster' },
  { name: 'NRK', kind: 'broadcaster', aliases: ['Norsk rikskringkasting'] },
  { name: 'TV 2', kind: 'broadcaster', aliases: [{ text: 'TV2', langs: ['nb'] }] },
  { name: 'SVT', kind: 'broadcaster' },
  { name: 'RTVE', kind: 'broadcaster', aliases: ['TVE', 'Radiotelevisión Española'] },
  { name: 'Cadena SER', kind: 'broadcaster' },
  { name: 'Antena 3', kind: 'broadcaster' },
  { name: 'France Télévisions', kind: 'broadcaster', aliases: ['France Televisions'] },
  { name: 'France 24', kind: 'broadcaster' },
  { name: 'franceinfo', kind: 'broadcaster', aliases: ['France Info', 'Franceinfo'] },
  { name: 'TF1', kind: 'broadcaster' },
  { name: 'Radio France', kind: 'broadcaster' },
  { name: 'BFMTV', kind: 'broadcaster', aliases: ['BFM TV'] },
  { name: 'Arte', kind: 'broadcaster', aliases: [{ text: 'Arte', notAtStart: true }, 'ARTE'] },
  { name: 'Euronews', kind: 'broadcaster' },

  // Newspapers and news sites
  { name: 'The New York Times', kind: 'newspaper', aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', kind: 'newspaper', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', kind: 'newspaper', aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', kind: 'newspaper' },
  { name: 'The Guardian', kind: 'newspaper', aliases: [{ text: 'Guardian', notAtStart: true }] },
  { name: 'Los Angeles Times', kind: 'newspaper', aliases: ['LA Times'] },
  { name: 'USA Today', kind: 'newspaper' },
  { name: 'The Economist', kind: 'newspaper' },
  { name: 'Axios', kind: 'outlet' },
  { name: 'Politico', kind: 'outlet' },
  { name: 'The Verge', kind: 'outlet' },
  { name: 'Wired', kind: 'outlet', aliases: [{ text: 'Wired', notAtStart: true }] },
  { name: 'TechCrunch', kind: 'outlet' },
  { name: 'Engadget', kind: 'outlet' },
  { name: 'Ars Technica', kind: 'outlet' },
  { name: 'Variety', kind: 'outlet', aliases: [{ text: 'Variety', notAtStart: true }] },
  { name: 'Deadline', kind: 'outlet', aliases: [{ text: 'Deadline', notAtStart: true }, 'Deadline Hollywood'] },
  { name: 'The Hollywood Reporter', kind: 'outlet', aliases: ['Hollywood Reporter'] },
  { name: 'IndieWire', kind: 'outlet', aliases: ['Indiewire'] },
  { name: 'Screen Daily', kind: 'outlet', aliases: ['Screen International'] },
  { name: 'No Film School', kind: 'outlet' },
  { name: 'Filmmaker Magazine', kind: 'outlet' },
  { name: 'Collider', kind: 'outlet', aliases: [{ text: 'Collider', notAtStart: true }] },
  { name: 'Rolling Stone', kind: 'outlet' },
  { name: 'CineD', kind: 'outlet', aliases: ['cined.com', 'CineD.com'] },
  { name: 'Der Spiegel', kind: 'newspaper', aliases: ['Spiegel Online', 'SPIEGEL'] },
  { name: 'Die Zeit', kind: 'newspaper', aliases: ['Zeit Online', 'ZEIT'] },
  {
    name: 'Frankfurter Allgemeine Zeitung',
    kind: 'newspaper',
    aliases: ['Frankfurter Allgemeine', 'Frankfurter Allgemeinen Zeitung', 'Frankfurter Allgemeinen', 'FAZ', 'F.A.Z.'],
  },
  { name: 'Süddeutsche Zeitung', kind: 'newspaper', aliases: ['Süddeutsche', 'Süddeutschen Zeitung'] },
  { name: 'Handelsblatt', kind: 'newspaper' },
  {
    name: 'Bild',
    kind: 'newspaper',
    // In German "Bild" is also the common noun "picture".
    aliases: [{ text: 'Bild', langs: ['en', 'nl', 'nb', 'es', 'fr'], notAtStart: true }, 'Bild-Zeitung', 'Bild am Sonntag', 'BILD'],
  },
  { name: 'heise online', kind: 'outlet', aliases: ['Heise Online', 'heise'] },
  { name: 'Golem.de', kind: 'outlet' },
  { name: 't3n', kind: 'outlet' },
  { name: 'Der Standard', kind: 'newspaper' },
  { name: 'Neue Zürcher Zeitung', kind: 'newspaper', aliases: ['NZZ', 'Neuen Zürcher Zeitung'] },
  { name: 'NRC', kind: 'newspaper', aliases: ['NRC Handelsblad'] },
  { name: 'de Volkskrant', kind: 'newspaper', aliases: ['Volkskrant'] },
  { name: 'Trouw', kind: 'newspaper', aliases: [{ text: 'Trouw', notAtStart: true }] },
  { name: 'Het Parool', kind: 'newspaper', aliases: ['Parool'] },
  { name: 'De Telegraaf', kind: 'newspaper', aliases: ['Telegraaf'] },
  { name: 'Het Financieele Dagblad', kind: 'newspaper', aliases: [{ text: 'FD', langs: ['nl'] }] },
  { name: 'Algemeen Dagblad', kind: 'newspaper' },
  { name: 'NU.nl', kind: 'outlet', aliases: ['nu.nl', 'NUjij'] },
  { name: 'Tweakers', kind: 'outlet' },
  { name: 'De Standaard', kind: 'newspaper' },
  { name: 'De Tijd', kind: 'newspaper' },
  { name: 'Het Laatste Nieuws', kind: 'newspaper' },
  { name: 'VG', kind: 'newspaper', aliases: ['Verdens Gang'] },
  { name: 'Aftenposten', kind: 'newspaper' },
  { name: 'Dagbladet', kind: 'newspaper' },
  { name: 'Dagens Næringsliv', kind: 'newspaper', aliases: [{ text: 'DN', langs: ['nb'] }] },
  { name: 'E24', kind: 'outlet' },
  { name: 'Finansavisen', kind: 'newspaper' },
  { name: 'Kampanje', kind: 'outlet', aliases: [{ text: 'Kampanje', notAtStart: true }] },
  { name: 'Rushprint', kind: 'outlet' },
  { name: 'El País', kind: 'newspaper', aliases: ['El Pais'] },
  { name: 'El Mundo', kind: 'newspaper' },
  { name: 'ABC', kind: 'newspaper', aliases: [{ text: 'ABC', langs: ['es'] }] },
  { name: 'La Vanguardia', kind: 'newspaper' },
  { name: 'El Confidencial', kind: 'outlet' },
  { name: 'Expansión', kind: 'newspaper', aliases: [{ text: 'Expansión', notAtStart: true }] },
  { name: 'Cinco Días', kind: 'newspaper' },
  { name: 'elDiario.es', kind: 'outlet' },
  { name: 'Fotogramas', kind: 'outlet' },
  { name: 'Clarín', kind: 'newspaper' },
  { name: 'La Nación', kind: 'newspaper' },
  { name: 'Página/12', kind: 'newspaper', aliases: ['Página 12'] },
  { name: 'Infobae', kind: 'outlet' },
  { name: 'Le Monde', kind: 'newspaper' },
  { name: 'Le Figaro', kind: 'newspaper' },
  { name: 'Libération', kind: 'newspaper', aliases: [{ text: 'Libération', notAtStart: true }] },
  { name: 'Les Echos', kind: 'newspaper' },
  { name: 'Le Parisien', kind: 'newspaper' },
  { name: 'Le Point', kind: 'newspaper' },
  { name: 'L’Express', kind: 'newspaper', aliases: ["L'Express"] },
  { name: 'Télérama', kind: 'outlet' },
  { name: 'Ouest-France', kind: 'newspaper' },
  { name: 'Cahiers du cinéma', kind: 'outlet' },
  { name: 'Le Film français', kind: 'outlet' },

  // Film, streaming and media companies
  { name: 'Netflix', kind: 'company' },
  {
    name: 'Amazon',
    kind: 'company',
    aliases: [
      { text: 'Amazon', notBefore: String.raw`\s+(?:rainforest|river|basin|jungle)` },
      'Amazon MGM Studios',
      'Amazon Studios',
      'Prime Video',
      'Amazon Prime Video',
    ],
  },
  { name: 'Apple', kind: 'company', aliases: ['Apple TV+'] },
  { name: 'Disney', kind: 'company', aliases: ['The Walt Disney Company', 'Walt Disney', 'Disney+'] },
  { name: 'Warner Bros. Discovery', kind: 'company', aliases: ['Warner Bros.', 'Warner Bros', 'Warner Brothers'] },
  { name: 'HBO', kind: 'company', aliases: ['HBO Max'] },
  { name: 'Paramount', kind: 'company', aliases: ['Paramount Pictures', 'Paramount Global', 'Paramount+'] },
  { name: 'Universal Pictures', kind: 'studio', aliases: ['Universal Studios'] },
  { name: 'NBCUniversal', kind: 'company' },
  { name: 'Comcast', kind: 'company' },
  { name: 'Sony', kind: 'company', aliases: ['Sony Group'] },
  { name: 'Sony Pictures', kind: 'studio', aliases: ['Sony Pictures Entertainment'] },
  { name: 'Lionsgate', kind: 'studio' },
  { name: 'A24', kind: 'studio' },
  { name: 'MGM', kind: 'studio', aliases: ['Metro-Goldwyn-Mayer'] },
  { name: 'Pixar', kind: 'studio', aliases: ['Pixar Animation Studios'] },
  { name: 'DreamWorks', kind: 'studio', aliases: ['DreamWorks Animation'] },
  { name: 'Lucasfilm', kind: 'studio' },
  { name: 'Marvel Studios', kind: 'studio' },
  { name: 'Industrial Light & Magic', kind: 'studio', aliases: ['ILM'] },
  { name: 'Wētā FX', kind: 'studio', aliases: ['Weta FX', 'Weta Digital', 'Wētā Digital'] },
  { name: 'Framestore', kind: 'studio' },
  { name: 'DNEG', kind: 'studio' },
  { name: 'Scanline VFX', kind: 'studio' },
  { name: 'Eyeline Studios', kind: 'studio', aliases: [{ text: 'Eyeline', notAtStart: true }] },
  { name: 'Digital Domain', kind: 'studio' },
  { name: 'Studio Ghibli', kind: 'studio' },
  { name: 'Toho', kind: 'studio' },
  { name: 'Hulu', kind: 'company' },
  { name: 'Peacock', kind: 'company', aliases: [{ text: 'Peacock', notAtStart: true }] },
  { name: 'Roku', kind: 'company' },
  { name: 'Canal+', kind: 'company', aliases: ['Canal Plus'] },
  { name: 'StudioCanal', kind: 'studio' },
  { name: 'Gaumont', kind: 'studio' },
  { name: 'Pathé', kind: 'studio' },
  { name: 'Constantin Film', kind: 'studio' },
  { name: 'UFA', kind: 'studio' },
  { name: 'Bavaria Film', kind: 'studio' },
  { name: 'Nordisk Film', kind: 'studio' },
  { name: 'SF Studios', kind: 'studio' },
  { name: 'Mediaset', kind: 'company' },
  { name: 'Atresmedia', kind: 'company' },
  { name: 'Movistar Plus', kind: 'company', aliases: ['Movistar Plus+', 'Movistar+'] },
  { name: 'Vivendi', kind: 'company' },
  { name: 'Bertelsmann', kind: 'company' },
  { name: 'ProSiebenSat.1', kind: 'company' },
  { name: 'Schibsted', kind: 'company' },
  { name: 'Viaplay', kind: 'company' },
  { name: 'Mubi', kind: 'company', aliases: ['MUBI'] },
  { name: 'Crunchyroll', kind: 'company' },
  { name: 'Fremantle', kind: 'company' },
  { name: 'Banijay', kind: 'company' },
  { name: 'Spotify', kind: 'company' },
  { name: 'MZed', kind: 'platform' },
  { name: 'MasterClass', kind: 'platform' },

  // Technology companies
  { name: 'Google', kind: 'company' },
  { name: 'Alphabet', kind: 'company' },
  { name: 'DeepMind', kind: 'company', aliases: ['Google DeepMind'] },
  { name: 'YouTube', kind: 'company' },
  { name: 'OpenAI', kind: 'company' },
  { name: 'Microsoft', kind: 'company' },
  { name: 'Meta', kind: 'company', aliases: [{ text: 'Meta', notBefore: String.raw`-[Aa]naly` }, 'Meta Platforms'] },
  { name: 'Facebook', kind: 'company' },
  { name: 'TikTok', kind: 'company' },
  { name: 'ByteDance', kind: 'company' },
  { name: 'Nvidia', kind: 'company', aliases: ['NVIDIA'] },
  { name: 'Adobe', kind: 'company' },
  { name: 'Anthropic', kind: 'company' },
  { name: 'Midjourney', kind: 'company' },
  { name: 'Stability AI', kind: 'company' },
  { name: 'Runway', kind: 'company', aliases: [{ text: 'Runway', notAtStart: true }] },
  { name: 'Luma AI', kind: 'company' },
  { name: 'Synthesia', kind: 'company' },
  { name: 'ElevenLabs', kind: 'company' },
  { name: 'Mistral AI', kind: 'company' },
  { name: 'xAI', kind: 'company' },
  { name: 'Samsung', kind: 'company' },
  { name: 'IBM', kind: 'company' },
  { name: 'Intel', kind: 'company' },
  { name: 'Tencent', kind: 'company' },
  { name: 'Alibaba', kind: 'company' },
  { name: 'Baidu', kind: 'company' },
];
