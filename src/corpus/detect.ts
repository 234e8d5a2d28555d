/**
 * Language detection over the six supported languages, with profiles of close
 * neighbours (Danish, Swedish, Italian, Portuguese, …) so that a text in one of
 * those is reported as unsupported rather than forced into a supported one.
 *
 * Function words carry most of the signal in news text; each profile lists the
 * most frequent ones, and words that tell close languages apart (Norwegian
 * "ikke/av/etter/ble" against Danish "af/efter/blev" and Swedish "inte/och")
 * weigh more.
 */
import type { Lang } from '../facts.js';

type Profile = { common: string; distinctive: string };

const PROFILES: Record<string, Profile> = {
  en: {
    common: 'the of and to in a is that for it as was with on by be at this are from has have had not but or an which were will would their its they he she said been more about than also who after',
    distinctive: 'the and of which would with from this that their there were what when',
  },
  de: {
    common: 'der die das und in zu den von ist mit sich des auf für nicht es ein eine als auch an dem wird werden bei hat nach aus um sind im einen einem wie oder noch wurde über nur so vor zum zur durch',
    distinctive: 'und nicht ist das der die ein eine auch wurde werden über für sich dass',
  },
  nl: {
    common: 'de het een en van in is dat op te zijn voor met niet aan er om ook als bij door maar dan nog wordt werd naar heeft hebben uit over tot zich deze wel meer',
    distinctive: 'het een van niet zijn ook wordt werd naar heeft hebben deze maar zich wel dat',
  },
  nb: {
    common: 'og i det er som en på til av for å med har de ikke at den et var han hun seg om fra men kan vil skal også etter ble blitt eller nå når da bare mer enn dette hva noe mye sier hadde',
    distinctive: 'ikke av etter ble blitt hva noe mye enn nå seg meg deg sier hadde mellom gjennom opp ut også økning ganger',
  },
  es: {
    common: 'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre también',
    distinctive: 'el los las del por para una como pero también más según está',
  },
  fr: {
    common: 'de la le et les des en un une du est que pour dans qui sur au pas plus par ne ce il se sont avec son sa ses aux ont été mais ou comme leur elle',
    distinctive: 'les des est une dans qui sur aux pas été avec selon leur cette',
  },
  // Neighbours that are not supported: detected so they can be named.
  da: {
    common: 'og i det er som en på til af for at med har de ikke den et var han hun sig om fra men kan vil skal også efter blev eller nu når da kun mere end dette hvad noget meget siger havde',
    distinctive: 'af efter blev hvad noget meget sig mig dig siger havde mellem gennem op ud nu kun',
  },
  sv: {
    common: 'och i att det som en på är av för med till den har de inte om ett var han hon sig från men kan vill ska också efter blev eller nu när då bara mer än detta vad något mycket säger hade',
    distinctive: 'och är inte att ett från också vad något mycket säger hade blev när då',
  },
  it: {
    common: 'di e il la che in un per del non è della una le con si sono da al gli dei anche come più ma nel alla ha stato questo',
    distinctive: 'il della che non è gli dei anche nel alla stato questo sono',
  },
  pt: {
    common: 'de a o que e do da em um para com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito já também',
    distinctive: 'não uma do da no na os dos das também foi muito já ao',
  },
  pl: {
    common: 'i w na z do że się nie to jest o jak po co tak za od przez jego ale już czy tylko',
    distinctive: 'że się nie jest jak przez jego już czy tylko',
  },
};

export const LANGUAGE_NAMES_EN: Record<string, string> = {
  en: 'English', de: 'German', nl: 'Dutch', nb: 'Norwegian Bokmål', es: 'Spanish', fr: 'French',
  da: 'Danish', sv: 'Swedish', it: 'Italian', pt: 'Portuguese', pl: 'Polish',
};

const SUPPORTED = new Set<string>(['en', 'de', 'nl', 'nb', 'es', 'fr']);
const compiled = Object.entries(PROFILES).map(([code, p]) => ({
  code,
  common: new Set(p.common.split(' ')),
  distinctive: new Set(p.distinctive.split(' ')),
}));

export type Detection =
  | { ok: true; language: Lang; confidence: number }
  | { ok: false; reason: 'too-short' }
  | { ok: false; reason: 'unsupported'; guess?: string };

/** Minimum number of words before a verdict is given. */
export const MIN_WORDS = 12;

export function detectLanguage(text: string): Detection {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { ok: false, reason: 'too-short' };
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) {
    const script = /\p{Script=Cyrillic}/u.test(text) ? 'ru' : undefined;
    return script ? { ok: false, reason: 'unsupported', guess: script } : { ok: false, reason: 'unsupported' };
  }
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < MIN_WORDS) return { ok: false, reason: 'too-short' };
  const sample = words.length > 4000 ? words.slice(0, 4000) : words;
  const scores = compiled.map(({ code, common, distinctive }) => {
    let score = 0;
    for (const w of sample) {
      if (distinctive.has(w)) score += 2;
      else if (common.has(w)) score += 1;
    }
    return { code, score: score / sample.length };
  });
  // Orthographic hints settle close calls.
  const bonus = (code: string, re: RegExp, weight: number) => {
    const hits = (text.match(re) ?? []).length;
    const s = scores.find((x) => x.code === code)!;
    s.score += Math.min(hits / sample.length, 0.2) * weight;
  };
  bonus('de', /ß|\b\p{Lu}\p{Ll}+ung\b/gu, 1);
  bonus('nl', /ij|\boo\w|aa/g, 0.3);
  bonus('es', /ñ|¿|¡|ción\b/g, 1);
  bonus('fr', /ç|œ|\b[ldjnsqc]'|\b[ldjnsqc]’|eaux?\b/g, 1);
  bonus('nb', /ø|æ|å/g, 0.3);
  bonus('da', /ø|æ|å/g, 0.3);
  bonus('sv', /ä|ö|å/g, 0.3);
  scores.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const [best, second] = scores;
  if (!best || best.score < 0.08) return { ok: false, reason: 'unsupported' };
  if (!SUPPORTED.has(best.code)) return { ok: false, reason: 'unsupported', guess: best.code };
  const margin = second ? (best.score - second.score) / best.score : 1;
  if (margin < 0.05 && words.length < 40) return { ok: false, reason: 'too-short' };
  return { ok: true, language: best.code as Lang, confidence: Math.min(1, margin * 2) };
}
