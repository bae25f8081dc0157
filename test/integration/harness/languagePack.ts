// A display language for the Spanish suite. VS Code runs in a language only when a language pack
// for it is installed (without one, `--locale es` falls back to English, and so would
// `vscode.env.language`). test/fixtures/language-pack-es/ is the smallest such pack: it makes `es`
// available and translates nothing of VS Code itself, so the workbench stays English and only the
// extension's own Spanish (package.nls.es.json, l10n/bundle.l10n.es.json) shows.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './paths';

const PACK_ID = 'coaching-notes-tests.test-language-pack-es';
const PACK_VERSION = '1.0.0';

const LANGUAGE_PACKS: Readonly<Record<string, string>> = {
  es: path.join(repoRoot, 'test', 'fixtures', 'language-pack-es'),
};

/** Packages the extension in `source` with vsce into `vsix` (a test extension: no license, no repository). */
export function packageVsix(source: string, vsix: string): string {
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const args = [
    vsce,
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--skip-license',
    '--out',
    vsix,
  ];
  const result = spawnSync(process.execPath, args, { cwd: source, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`packaging ${source} failed: ${result.stderr || result.stdout}`);
  return vsix;
}

/** Packages the language pack for `locale` into `outDir`; returns the .vsix path. */
export function packageLanguagePack(locale: string, outDir: string): string {
  const source = LANGUAGE_PACKS[locale];
  if (source === undefined) throw new Error(`no test language pack for "${locale}"`);
  return packageVsix(source, path.join(outDir, `language-pack-${locale}.vsix`));
}

/**
 * Tells the server where the installed pack's translations are: VS Code reads
 * `<user data>/languagepacks.json` to resolve `--locale`, and `--install-extension` alone does not
 * write it (the running workbench would, on its next language pack refresh).
 */
export function registerLanguagePack(locale: string, userDataDir: string, extensionsDir: string): void {
  const translations = path.join(
    extensionsDir,
    `${PACK_ID}-${PACK_VERSION}`,
    'translations',
    'main.i18n.json',
  );
  if (!fs.existsSync(translations))
    throw new Error(`the ${locale} language pack is not installed: ${translations}`);
  const languagePacks = {
    [locale]: {
      hash: `test-${PACK_VERSION}`,
      extensions: [{ extensionIdentifier: { id: PACK_ID }, version: PACK_VERSION }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(languagePacks));
}
