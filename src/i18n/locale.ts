/** Which language the reader gets: --lang, else the locale of the environment, else English. */
import { isLang, LANGS, type Lang } from '../facts.js';
import { EXIT, UserError } from '../util/io.js';

/** "nb_NO.UTF-8" → nb, "no" and "nn" → nb, "de-AT" → de; undefined when unsupported. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const code = locale.split(/[_.@-]/)[0]!.toLowerCase();
  if (code === 'no' || code === 'nn') return 'nb';
  return isLang(code) ? code : undefined;
}

export function langFromEnv(env: NodeJS.ProcessEnv): Lang | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    // The first variable that is set decides (as POSIX does), even if unsupported.
    if (value && value !== 'C' && value !== 'POSIX') return langFromLocale(value);
  }
  return undefined;
}

/** The language from a --lang flag (validated) or the environment, else English. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag !== undefined) {
    const code = flag.toLowerCase() === 'no' ? 'nb' : flag.toLowerCase();
    if (!isLang(code)) throw new UserError(`unsupported language "${flag}"; supported: ${LANGS.join(', ')}`, EXIT.usage);
    return code;
  }
  return langFromEnv(env) ?? 'en';
}
