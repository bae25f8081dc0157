// The entry of the web worker extension host (VS Code for the Web: vscode.dev, github.dev): the
// shared activation with every file read through vscode.workspace.fs. Nothing reachable from here
// may use a Node built-in: the browser build fails on one (scripts/esbuild.mjs), and so does the
// layering test.
import type * as vscode from 'vscode';
import { activateExtension } from './activation';
import type { CoachingNotesApi } from './api';

export function activate(context: vscode.ExtensionContext): CoachingNotesApi {
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
