// "Coaching: Create Team Roster": writes the commented example roster (core/reps/rosterTemplate) where
// `coachingNotes.roster` says, as one undoable edit. An existing roster is opened, never overwritten.
import * as vscode from 'vscode';
import { ROSTER_TEMPLATE } from '../../core/reps/rosterTemplate';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { rosterUri, settingId } from '../settings';
import { fileExists } from '../util/fileExists';

export function registerCreateRoster({ log }: Services): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.createRoster, () => createRoster(log));
}

/** Resolves with the roster's location (new or existing), or undefined when none was opened. */
async function createRoster(log: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder();
  if (!folder) return undefined;
  const uri = rosterUri(folder, log);
  if (!uri) {
    const open = vscode.l10n.t('Open Settings');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('The roster is turned off: the setting coachingNotes.roster is empty.'),
      open,
    );
    if (answer === open) {
      await vscode.commands.executeCommand('workbench.action.openSettings', settingId('roster'));
    }
    return undefined;
  }
  const relative = vscode.workspace.asRelativePath(uri, false);
  if (await fileExists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    vscode.window.setStatusBarMessage(
      vscode.l10n.t('{0} already exists: opened, not changed', relative),
      10_000,
    );
    return uri;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(
    uri,
    { contents: new TextEncoder().encode(ROSTER_TEMPLATE), overwrite: false, ignoreIfExists: false },
    { label: vscode.l10n.t('Create the team roster'), needsConfirmation: false },
  );
  let applied = false;
  try {
    applied = await vscode.workspace.applyEdit(edit);
  } catch (error) {
    log.error(`Creating ${uri.toString()} failed`, error);
  }
  if (!applied) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', relative));
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** The workspace folder for the roster: the only one, or the one the user picks; none without a folder. */
async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0];
  if (folders.length > 1) {
    return vscode.window.showWorkspaceFolderPick({
      placeHolder: vscode.l10n.t('Which folder is the roster for?'),
    });
  }
  const open = vscode.l10n.t('Open Folder');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Open the folder for your coaching notes first; the roster goes at its top.'),
    open,
  );
  if (answer === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
  return undefined;
}
