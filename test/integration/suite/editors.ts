// Helpers for tests that open and edit notes: closing editors without save prompts, comparing texts
// line by line, the extension's own diagnostics, and what completion and hovers offer.
import * as assert from 'assert';
import * as vscode from 'vscode';

/** Reverts every unsaved editor (no save prompts) and closes all editors. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The lines (split on `\n`) that differ between two texts with the same number of lines. */
export function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.strictEqual(a.length, b.length, 'same number of lines');
  return a.flatMap((line, index) => (line === b[index] ? [] : [index]));
}

/** The extension's format diagnostics of a file (overdue warnings left out), optionally of one code. */
export function formatDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'coaching-notes' && diagnostic.code !== 'overdue')
    .filter((diagnostic) => code === undefined || diagnostic.code === code);
}

/** Labels of the completion items of one kind (snippets and other providers' items left out). */
export async function completionLabels(
  uri: vscode.Uri,
  position: vscode.Position,
  trigger: string | undefined,
  kind: vscode.CompletionItemKind,
): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
    trigger,
  );
  return list.items
    .filter((item) => item.kind === kind)
    .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** Every hover's text at a position, joined by new lines ('' for none). */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    position,
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}
