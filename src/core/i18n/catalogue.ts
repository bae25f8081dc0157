// The engine's words by language: English (catalogueEn.ts) and Spanish (catalogueEs.ts). `{name}` is
// a placeholder filled by `Messages.text`/`Messages.count`; a plural entry has a form per
// `Intl.PluralRules` category (`{count}` is the number).
import { EN, type Catalogue } from './catalogueEn';
import { ES } from './catalogueEs';
import type { Lang } from './lang';

export type { CountKey, MessageKey, PluralText, TextKey } from './catalogueEn';

/** Spanish is read only when asked for, so a build can load it on demand. */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = {
  en: EN,
  get es() {
    return ES;
  },
};
