// The entry of the Node extension hosts (desktop, Remote): the shared activation with Node's fs as
// the reader of `file:` URIs (faster than vscode.workspace.fs: see noteFileAccess.ts).
import type * as vscode from 'vscode';
import { activateExtension } from './activation';
import type { CoachingNotesApi } from './api';
import { useLocalFiles } from './notes/noteFileAccess';
import { nodeLocalFiles } from './notes/nodeLocalFiles';

export function activate(context: vscode.ExtensionContext): CoachingNotesApi {
  const localFiles = nodeLocalFiles();
  context.subscriptions.push(localFiles);
  useLocalFiles(localFiles);
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
