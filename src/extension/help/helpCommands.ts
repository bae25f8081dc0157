// Help for people who installed the .vsix: the format guide shipped in the package, and the
// command line to run the bundled `coaching-notes` CLI from a terminal.
import * as path from 'path';
import * as vscode from 'vscode';
import { CommandIds } from '../commandIds';
import type { Services } from '../services';
import { cliCommandLine, shellFamilyOf } from './cliCommandLine';

export function registerHelpCommands({ extension }: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(CommandIds.openFormatGuide, () =>
      openFormatGuide(extension.extensionUri),
    ),
    vscode.commands.registerCommand(CommandIds.copyCliCommandLine, () =>
      copyCliCommandLine(extension.extensionPath),
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
async function copyCliCommandLine(extensionPath: string): Promise<void> {
  const commandLine = cliCommandLine(
    path.join(extensionPath, 'dist', 'cli.js'),
    shellFamilyOf(process.platform),
  );
  await vscode.env.clipboard.writeText(commandLine);
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Copied {0}. Paste it in a terminal and add a command, e.g. "overdue" followed by your notes folder. It needs Node.js 20.19 or later; copy it again after updating the extension.',
      commandLine,
    ),
  );
}
