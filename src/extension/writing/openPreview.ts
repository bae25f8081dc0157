// "Coaching: Open Preview": the note in VS Code's own Markdown preview, beside the editor. The
// built-in preview renders any text document it is given by URI, whatever its language.
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { isNoteDocument } from '../notes/workspaceNotes';

export function registerOpenPreview({ log }: Services): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openPreview, async (target?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const uri =
      target instanceof vscode.Uri
        ? target
        : editor && isNoteDocument(editor.document)
          ? editor.document.uri
          : undefined;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a coaching note to preview it.'));
      return;
    }
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch (error) {
      log.error('Opening the Markdown preview failed', error);
      void vscode.window.showErrorMessage(
        vscode.l10n.t("Could not open the preview: VS Code's built-in Markdown extension is not available."),
      );
    }
  });
}
