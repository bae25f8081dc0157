// Answers VS Code's dialogs (quick picks, information, warning and error messages, the save
// dialog) for a test, recording
// what was asked; shared by the Node suite and the web suite.
import * as vscode from 'vscode';

/**
 * Replaces the dialog functions of `vscode.window` for one test (the extension and the tests share
 * the same API object), recording what was asked. `restore()` puts the real ones back.
 */
export class DialogStub {
  readonly asked: string[] = [];
  private readonly originals: [keyof typeof vscode.window, unknown][] = [];

  constructor(answers: {
    readonly quickPick?: (
      items: readonly vscode.QuickPickItem[],
      title: string,
    ) => vscode.QuickPickItem | undefined;
    readonly message?: (message: string) => string | undefined;
    /** The file a save dialog returns (undefined: cancelled). */
    readonly saveDialog?: () => vscode.Uri | undefined;
  }) {
    this.replace(
      'showQuickPick',
      async (
        items: Thenable<readonly vscode.QuickPickItem[]> | readonly vscode.QuickPickItem[],
        options?: vscode.QuickPickOptions,
      ) => {
        const list = await items;
        const title = options?.placeHolder ?? options?.title ?? '';
        this.asked.push(`pick: ${title}`);
        return answers.quickPick?.(list, title);
      },
    );
    const message = (kind: string) => (text: string) => {
      this.asked.push(`${kind}: ${text}`);
      return Promise.resolve(answers.message?.(text));
    };
    this.replace('showInformationMessage', message('info'));
    this.replace('showWarningMessage', message('warning'));
    this.replace('showErrorMessage', message('error'));
    this.replace('showSaveDialog', (options?: vscode.SaveDialogOptions) => {
      this.asked.push(`save: ${options?.title ?? ''}`);
      return Promise.resolve(answers.saveDialog?.());
    });
  }

  private replace(name: keyof typeof vscode.window, value: unknown): void {
    const window = vscode.window as unknown as Record<string, unknown>;
    this.originals.push([name, window[name]]);
    window[name] = value;
  }

  restore(): void {
    const window = vscode.window as unknown as Record<string, unknown>;
    for (const [name, value] of this.originals.reverse()) window[name] = value;
  }
}

export function pickByLabel(start: string) {
  return (items: readonly vscode.QuickPickItem[]) => items.find((item) => item.label.startsWith(start));
}
