// The languages the engine speaks, and how a locale tag or the POSIX locale variables name one.
// The language is always passed in; nothing here reads a global.
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

/** `es`, `es-MX`, `es_MX.UTF-8`, `ES` → `es`; anything else we do not speak (or `C`, `POSIX`) → undefined. */
export function langOfTag(tag: string | undefined | null): Lang | undefined {
  if (tag === undefined || tag === null) return undefined;
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/u)[0];
  return LANGS.find((lang) => lang === primary);
}

/** A locale tag (e.g. VS Code's display language) as one of our languages, English when we do not speak it. */
export function normalizeLang(tag: string | undefined | null): Lang {
  return langOfTag(tag) ?? DEFAULT_LANG;
}

/**
 * The language of messages by POSIX precedence: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
 * and not empty decides (so `LC_ALL=C` means English even when `LANG` is Spanish).
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return normalizeLang(value);
  }
  return DEFAULT_LANG;
}
