// The web suite's side of the harness: the test-only memfs extension (its staged config and the
// server folder it lives in) and screenshots. In the worker there is no `fs` and no `process.env`,
// so the config comes from the fixture extension and files on the server are reached through
// `workspace.fs` on `vscode-remote:` URIs.
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import {
  formatScreenshotRequest,
  isValidScreenshotName,
  screenshotErrorFileName,
  screenshotFileName,
} from '../../harnessProtocol';
import type { MemfsWorkspaceApi, WebHarnessConfig } from '../memfsWorkspace/extension';
import { fileExists } from '../../suite/notesWorkspace';
import { eventually } from '../../suite/waitUntil';

export const MEMFS_EXTENSION_ID = 'coaching-notes-test.memfs-workspace';
export const COACHING_NOTES_ID = 'coaching-notes.coaching-notes';

/** Coaching Notes, activated: what its activate() returned. */
export async function coachingNotes(): Promise<CoachingNotesApi> {
  const extension = vscode.extensions.getExtension<CoachingNotesApi>(COACHING_NOTES_ID);
  if (!extension) throw new Error(`${COACHING_NOTES_ID} is not loaded`);
  return extension.activate();
}

export async function memfsWorkspace(): Promise<MemfsWorkspaceApi> {
  const extension = vscode.extensions.getExtension<MemfsWorkspaceApi>(MEMFS_EXTENSION_ID);
  if (!extension) throw new Error(`${MEMFS_EXTENSION_ID} (the test file system) is not loaded`);
  return extension.activate();
}

export async function harnessConfig(): Promise<WebHarnessConfig> {
  return (await memfsWorkspace()).config;
}

/**
 * Asks the harness for a screenshot of the workbench (once `waitForText` is visible) and waits
 * until it is written; resolves with its path on the server.
 */
export async function takeScreenshot(
  name: string,
  options: { readonly waitForText?: readonly string[]; readonly timeoutMs?: number } = {},
): Promise<string> {
  if (!isValidScreenshotName(name)) throw new Error(`Invalid screenshot name "${name}" (use a-z, 0-9 and -)`);
  const { config, extensionUri } = await memfsWorkspace();
  const onServer = (file: string) => extensionUri.with({ path: `${config.screenshotsDir}/${file}` });
  const png = onServer(screenshotFileName(name));
  const error = onServer(screenshotErrorFileName(name));
  for (const stale of [png, error]) if (await fileExists(stale)) await vscode.workspace.fs.delete(stale);
  console.log(formatScreenshotRequest({ name, waitForText: options.waitForText ?? [], waitForLabel: [] }));
  let answer: vscode.Uri | undefined;
  // The harness writes the error file (if any) before the PNG, so look for it first.
  await eventually(
    async () => {
      answer = (await fileExists(error)) ? error : (await fileExists(png)) ? png : undefined;
      return answer !== undefined;
    },
    `the screenshot "${name}" from the harness`,
    options.timeoutMs ?? 60_000,
  );
  if (answer === error)
    throw new Error(
      `Screenshot "${name}": ${new TextDecoder().decode(await vscode.workspace.fs.readFile(error)).trim()}`,
    );
  return png.path;
}
