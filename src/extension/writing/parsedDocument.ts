// The note in an editor as the engine reads it, parsed once per document version: the writing
// features (completion, hover, outline, quick fixes) all ask for it as the user types.
import * as vscode from 'vscode';
import type { ParsedNote } from '../../core/note/model';
import { parseNote } from '../../core/note/parse';

const parsed = new WeakMap<vscode.TextDocument, { readonly version: number; readonly note: ParsedNote }>();

export function parsedDocument(document: vscode.TextDocument): ParsedNote {
  const cached = parsed.get(document);
  if (cached?.version === document.version) return cached.note;
  const note = parseNote(document.getText());
  parsed.set(document, { version: document.version, note });
  return note;
}

/**
 * Where the writing features apply: coaching notes on disk, in untitled editors, and on the file
 * systems of the workspace folders when activated (a GitHub repository in VS Code for the Web,
 * `vscode-remote:` in the web worker host). Not other schemes, such as `git:` for an old version
 * shown in a diff.
 */
export function noteSelector(): vscode.DocumentSelector {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const schemes = new Set(['file', 'untitled', ...folders.map((folder) => folder.uri.scheme)]);
  return [...schemes].map((scheme) => ({ language: 'coaching-note', scheme }));
}
