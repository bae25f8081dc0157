// The note in an editor as the engine reads it, parsed once per document version: the writing
// features (completion, hover, outline, quick fixes) all ask for it as the user types.
import type * as vscode from 'vscode';
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

/** Where the writing features apply: coaching notes on disk and in untitled editors. */
export const NOTE_SELECTOR: vscode.DocumentSelector = [
  { language: 'coaching-note', scheme: 'file' },
  { language: 'coaching-note', scheme: 'untitled' },
];
