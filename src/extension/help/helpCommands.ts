// Help for people who installed the .vsix: the format guide shipped in the package, and the
// command line to run the bundled `coaching-notes` CLI from a terminal (a Node host only: VS Code
// for the Web without a remote hides the command, see package.json, and it explains itself there).
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { nodeProcess } from '../util/nodeProcess';
import { cliCommandLine, shellFamilyOf } from './cliCommandLine';

export function registerHelpCommands({ extension }: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.openFormatGuide, () =>
      openFormatGuide(extension.extensionUri),
    ),
    vscode.commands.registerCommand(CommandIds.copyCliCommandLine, () =>
      copyCliCommandLine(extension.extensionUri),
    ),
  );
}

/** The rendered guide, read-only: VS Code's Markdown preview, not an editor on the shipped file. */
async function openFormatGuide(extensionUri: vscode.Uri): Promise<void> {
  const guide = vscode.Uri.joinPath(extensionUri, 'docs', 'format.md');
  try {
    await vscode.commands.executeCommand('markdown.showPreview', guide);
  } catch {
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        "Could not open the format guide: VS Code's built-in Markdown extension is not available.",
      ),
    );
  }
}

/**
 * Copies the command line rather than installing anything on PATH: nothing on the user's system
 * changes, and it works the same on Windows, macOS and Linux. It names this version's folder, so
 * it is copied again after an update.
 */
async function copyCliCommandLine(extensionUri: vscode.Uri): Promise<void> {
  if (nodeProcess === undefined || extensionUri.scheme !== 'file') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'The coaching-notes command line needs Node.js and a terminal: it is not available in VS Code for the Web. Install Coaching Notes in VS Code on your computer to use it.',
      ),
    );
    return;
  }
  const commandLine = cliCommandLine(
    vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath,
    shellFamilyOf(nodeProcess.platform),
  );
  await vscode.env.clipboard.writeText(commandLine);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Copied {0}. Paste it in a terminal and add a command, e.g. "overdue" followed by your notes folder. It needs Node.js 20.19 or later; copy it again after updating the extension.',
      commandLine,
    ),
  );
}
