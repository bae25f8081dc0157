// The composition root: wires the engine to VS Code. No file I/O here; each feature registers
// itself and returns what must be disposed.
import * as vscode from 'vscode';
import { TodayClock } from './today';

export function activate(context: vscode.ExtensionContext): void {
  const today = new TodayClock();
  context.subscriptions.push(today);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
