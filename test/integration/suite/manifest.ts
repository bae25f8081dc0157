// The extension as VS Code sees it, and the parts of its package.json the tests walk over, so the
// tests keep holding as commands and views are added.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'coaching-notes.coaching-notes';

export interface Contributes {
  readonly commands?: readonly { readonly command: string; readonly title: string }[];
  readonly menus?: Readonly<
    Record<string, readonly { readonly command?: string; readonly submenu?: string }[]>
  >;
  readonly keybindings?: readonly { readonly command: string }[];
  readonly viewsContainers?: {
    readonly activitybar?: readonly { readonly id: string; readonly title: string }[];
  };
  readonly views?: Readonly<Record<string, readonly { readonly id: string; readonly name: string }[]>>;
}

export function coachingNotesExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded in this VS Code`);
  return extension;
}

export function contributes(): Contributes {
  const manifest = coachingNotesExtension().packageJSON as { contributes?: Contributes };
  return manifest.contributes ?? {};
}
