// The files the web extension loads on demand from dist/web, by the names the build gives them
// (scripts/lazyModules.mjs; a unit test keeps the two in step).
import type { Lang } from '../../core/i18n/lang';

/** The yaml package: any front matter the fast line scanner declines, and every roster, needs it. */
export const YAML_FILE = 'yaml.js';
/** The engine's Spanish words: needed when VS Code's display language is Spanish. */
export const SPANISH_FILE = 'catalogue-es.js';

/** What a session whose display language is `lang` loads after activation. */
export function onDemandFilesFor(lang: Lang): readonly string[] {
  return lang === 'es' ? [YAML_FILE, SPANISH_FILE] : [YAML_FILE];
}
