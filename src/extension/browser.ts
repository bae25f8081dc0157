// The entry of the web worker extension host (VS Code for the Web: vscode.dev, github.dev): the
// shared activation with every file read through vscode.workspace.fs. Nothing reachable from here
// may use a Node built-in: the browser build fails on one (scripts/esbuild.mjs), and so does the
// layering test. yaml and the Spanish words are files of their own (web/onDemandModules.ts), read in
// the background once activate() has returned; until they are in, nothing parses (engineLoaded.ts).
import * as vscode from 'vscode';
import { activateExtension } from './activation';
import type { CoachingNotesApi } from './api';
import { displayLang } from './displayLanguage';
import { loadEngineWith } from './engineLoaded';
import { onDemandFilesFor } from './web/onDemandFiles';
import { loadOnDemandModule } from './web/onDemandModules';

export function activate(context: vscode.ExtensionContext): CoachingNotesApi {
  loadEngineWith(loadEngineFiles(context.extensionUri));
  return activateExtension(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

async function loadEngineFiles(extensionUri: vscode.Uri): Promise<void> {
  // After activate() has returned: activation itself does no file I/O.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    await Promise.all(onDemandFilesFor(displayLang()).map((file) => loadOnDemandModule(extensionUri, file)));
  } catch (error) {
    // Nothing is read without them (fail closed): say so rather than show an empty Reps view.
    void vscode.window.showErrorMessage(
      vscode.l10n.t(
        'Coaching Notes could not load part of itself ({0}). Reload the window or reinstall the extension.',
        error instanceof Error ? error.message : String(error),
      ),
    );
    throw error;
  }
}
