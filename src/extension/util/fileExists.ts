import * as vscode from 'vscode';

/**
 * Whether anything exists at `uri` (never overwrite a file: ask this first). Only a "file not
 * found" answer means no: any other failure of a file system (a virtual one in VS Code for the Web
 * may be offline or refuse) is taken as yes, so that nothing is written over a file that was there.
 */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    return !(error instanceof vscode.FileSystemError && error.code === 'FileNotFound');
  }
}
