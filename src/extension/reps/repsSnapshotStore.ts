// Keeps the Reps view's snapshot (core/reps/repsSnapshot.ts) in the extension's workspace storage,
// on this machine only, next to the note cache. The context it is saved with is everything the reps
// are built from besides the notes: the workspace folders with their exclude settings, the roster,
// the day and the engine; a snapshot saved in any other context is never shown.
import * as vscode from 'vscode';
import { decodeRepsSnapshot, encodeRepsSnapshot, type RepsSnapshot } from '../../core/reps/repsSnapshot';
import type { Roster } from '../../core/reps/roster';
import { readOwnFile } from '../notes/noteFileAccess';
import { noteExcludeGlobs } from '../settings';

/** Large enough for thousands of reps; anything bigger is odd and not read. */
const MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024;

export class RepsSnapshotStore {
  private readonly file: vscode.Uri;

  constructor(
    private readonly storageUri: vscode.Uri,
    private readonly engine: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.file = vscode.Uri.joinPath(storageUri, 'reps-snapshot.json');
  }

  /** Everything the reps depend on besides the notes, as one string compared whole. */
  context(roster: Roster, today: string): string {
    return JSON.stringify({
      engine: this.engine,
      today,
      folders: (vscode.workspace.workspaceFolders ?? []).map((folder) => [
        folder.uri.toString(),
        noteExcludeGlobs(folder.uri),
      ]),
      roster: roster.entries.map((entry) => [
        entry.name,
        entry.team,
        entry.role,
        entry.cadenceDays,
        entry.aliases,
        entry.type ?? null,
      ]),
    });
  }

  /** The snapshot saved in exactly this context; undefined when none is, or anything about it is odd. */
  async load(context: string): Promise<RepsSnapshot | undefined> {
    try {
      const bytes = await readOwnFile(this.file);
      if (bytes.byteLength > MAX_SNAPSHOT_BYTES) return undefined;
      return decodeRepsSnapshot(JSON.parse(new TextDecoder().decode(bytes)), context);
    } catch {
      return undefined; // none saved yet, unreadable or not JSON: the reps come from the notes
    }
  }

  async save(context: string, snapshot: RepsSnapshot): Promise<void> {
    try {
      const text = JSON.stringify(encodeRepsSnapshot(context, snapshot));
      await vscode.workspace.fs.createDirectory(this.storageUri);
      await vscode.workspace.fs.writeFile(this.file, new TextEncoder().encode(text));
    } catch (error) {
      this.log.warn(`Could not save the Reps view's snapshot: ${String(error)}`);
    }
  }
}
