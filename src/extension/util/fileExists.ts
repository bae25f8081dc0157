import * as vscode from 'vscode';

/** Whether anything exists at `uri` (never overwrite a file: ask this first). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
