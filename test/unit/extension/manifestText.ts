// package.json as VS Code shows it in a display language: every `%key%` string replaced by its text
// in package.nls.json (English) or package.nls.<language>.json.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../repoPaths';

/** A whole string that is a placeholder, as VS Code reads them: `%command.newNote.title%`. */
export const NLS_PLACEHOLDER = /^%([^%\s]+)%$/u;

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
}

export function nlsTexts(language: 'en' | 'es'): Readonly<Record<string, string>> {
  return readJson(language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`) as Record<
    string,
    string
  >;
}

/** Every `%key%` placeholder in `value` (a parsed package.json), with the JSON path where it is. */
export function placeholders(value: unknown, where = ''): { key: string; where: string }[] {
  if (typeof value === 'string') {
    const match = NLS_PLACEHOLDER.exec(value);
    return match === null ? [] : [{ key: match[1], where }];
  }
  if (Array.isArray(value)) return value.flatMap((entry, index) => placeholders(entry, `${where}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => placeholders(entry, `${where}.${key}`));
  }
  return [];
}

function localize(value: unknown, texts: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') {
    const match = NLS_PLACEHOLDER.exec(value);
    return match === null ? value : (texts[match[1]] ?? value);
  }
  if (Array.isArray(value)) return value.map((entry) => localize(entry, texts));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, localize(entry, texts)]));
  }
  return value;
}

/** package.json with its placeholders filled in for `language`. */
export function localizedManifest(language: 'en' | 'es'): unknown {
  return localize(readJson('package.json'), nlsTexts(language));
}
