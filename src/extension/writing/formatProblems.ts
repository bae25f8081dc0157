// Every note's format diagnostics in the Problems panel, straight from the engine's index: updated per
// changed note (unsaved editor text included, as the index reads it) and dropped with the note.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, toVscodeDiagnostic } from '../util/convert';
import { DisposableStore } from '../util/dispose';
import type { WorkspaceNotes } from '../notes/workspaceNotes';

export class FormatProblems extends DisposableStore {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  /**
   * The files the collection holds problems for: a note without problems (nearly every note) then
   * costs no URI and no lookup in the collection; during a warm scan of 10,000 notes those were a
   * large part of each change event's handling (docs/benchmarks.md, "fourth pass").
   */
  private readonly shown = new Set<string>();

  constructor(private readonly notes: WorkspaceNotes) {
    super();
    this.register(notes.onDidChangeNotes((change) => this.update(change.files)));
    this.update(notes.index.notes.keys());
  }

  /** One batched `set` per change: one message to the Problems panel, not one per note. */
  private update(files: Iterable<string>): void {
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const file of files) {
      const note = this.notes.index.get(file);
      if (!note || note.diagnostics.length === 0) {
        if (this.shown.delete(file)) entries.push([vscode.Uri.parse(file), undefined]);
      } else {
        this.shown.add(file);
        entries.push([vscode.Uri.parse(file), note.diagnostics.map(toVscodeDiagnostic)]);
      }
    }
    if (entries.length > 0) this.collection.set(entries);
  }
}
