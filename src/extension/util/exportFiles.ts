// Where exports (the rep's progress report, the team report and calendar) may write: never over an
// existing file and never under a note's name. The one owner of that rule for every exporter.
import * as vscode from 'vscode';
import { numberedStems } from '../../core/base/numberedNames';
import { fileExists } from './fileExists';

/** Gives up looking for a free `name-N` after this many. */
const MAX_NUMBERED = 100;

/** The last segment of `uri`'s path. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * `stem`, or the first of `stem-2`, `stem-3`, ... for which no `<folder>/<name><extension>` exists
 * for any of `extensions` (a report and its CSV keep one name); undefined after MAX_NUMBERED tries.
 */
export async function freeStem(
  folder: vscode.Uri,
  stem: string,
  extensions: readonly string[],
): Promise<string | undefined> {
  let tried = 0;
  for (const candidate of numberedStems(stem)) {
    if (++tried > MAX_NUMBERED) return undefined;
    const taken = await Promise.all(
      extensions.map((extension) => fileExists(vscode.Uri.joinPath(folder, `${candidate}${extension}`))),
    );
    if (!taken.includes(true)) return candidate;
  }
  return undefined;
}

/** Refuses (and says why) a note's name and any existing file: an export never replaces anything. */
export async function refusedExport(files: readonly vscode.Uri[]): Promise<boolean> {
  if (files.some((uri) => /\.coach\.md$/iu.test(uri.path))) {
    // It would be indexed as a note (and could replace one).
    void vscode.window.showErrorMessage(vscode.l10n.t('An export cannot be named like a note (*.coach.md).'));
    return true;
  }
  for (const uri of files) {
    if (await fileExists(uri)) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0} already exists; choose another name (an export never replaces a file).',
          fileName(uri),
        ),
      );
      return true;
    }
  }
  return false;
}
