// Every note's format diagnostics in the Problems panel, straight from the engine's index: updated per
// changed note (unsaved editor text included, as the index reads it) and dropped with the note.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, toVscodeDiagnostic } from '../convert';
import { DisposableStore } from '../util/dispose';
import type { WorkspaceNotes } from '../workspaceNotes';

export class FormatProblems extends DisposableStore {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));

  constructor(private readonly notes: WorkspaceNotes) {
    super();
    this.register(notes.onDidChangeNotes((change) => this.update(change.files)));
    this.update(notes.index.notes.keys());
  }

  private update(files: Iterable<string>): void {
    for (const file of files) {
      const uri = vscode.Uri.parse(file);
      const note = this.notes.index.get(file);
      if (!note || note.diagnostics.length === 0) this.collection.delete(uri);
      else this.collection.set(uri, note.diagnostics.map(toVscodeDiagnostic));
    }
  }
}
