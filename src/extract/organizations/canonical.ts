/** Language-neutral keys for institutions. */

/** Articles a name may begin with that its key leaves out ("The Guardian", "Der Spiegel", "El País"). */
const LEADING_ARTICLE = /^(?:(?:The|the|Der|Die|Das|De|de|Het|het|El|La|Le|Les)\s+|L['’](?=\p{L}))/u;

/** Letters that do not decompose into a Latin letter and a mark. */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };

/**
 * Lower-case ASCII slug: "Wētā FX" → "weta-fx", "Dagens Næringsliv" →
 * "dagens-naeringsliv", "Disney+" → "disney-plus", "Industrial Light & Magic" →
 * "industrial-light-and-magic".
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøßœłđþð]/g, (c) => LIGATURES[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The key of an institution from the core of its name and the key of its head
 * ("Goya" + "academy" → "goya-academy"; "Eyeline" + none → "eyeline").
 */
export function institutionKey(core: string, headKey?: string): string {
  const base = slug(core.replace(LEADING_ARTICLE, ''));
  return headKey ? `${base}-${headKey}` : base;
}
