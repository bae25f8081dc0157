// The "Get started with Coaching Notes" walkthrough (package.json contributes.walkthroughs): a
// command to open it, and opening it by itself once, the first time the extension runs after install.
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { openWalkthroughsOnInstall } from '../settings';

/** The walkthrough's id in package.json, without the extension id in front. */
export const WALKTHROUGH = 'gettingStarted';
/** globalState: the walkthrough has been opened by itself once; never again after that. */
export const WALKTHROUGH_SHOWN_KEY = 'coachingNotes.walkthroughShown';

export function walkthroughId(extensionId: string): string {
  return `${extensionId}#${WALKTHROUGH}`;
}

/** The Get Started command, and the walkthrough opened by itself the first time (see openWalkthroughOnce). */
export function registerWalkthrough({ extension, globalState }: Services): vscode.Disposable {
  void openWalkthroughOnce(extension.id, globalState);
  return vscode.commands.registerCommand(CommandIds.getStarted, () =>
    vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId(extension.id), false),
  );
}

/**
 * Opens the walkthrough the first time the extension runs for this user, and records that in
 * globalState (no file I/O), so it never comes back at a later start. The user's own VS Code setting
 * for walkthroughs of newly installed extensions is honoured: off means never.
 * Resolves with whether it opened it.
 */
export async function openWalkthroughOnce(
  extensionId: string,
  globalState: vscode.Memento,
): Promise<boolean> {
  if (globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY, false)) return false;
  if (!openWalkthroughsOnInstall()) return false;
  await globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId(extensionId), false);
  return true;
}
