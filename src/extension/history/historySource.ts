// One place that turns a rep of the Reps model into the engine's history: the same notes the Reps
// tree counts (roster aliases merged), the same cadence and the same "today", so the brief, the
// panel and the export show the tree's numbers.
import * as vscode from 'vscode';
import {
  buildRepHistory,
  type DateRange,
  type HistoryNoteInput,
  type RepHistory,
} from '../../core/history/history';
import type { ParsedNote } from '../../core/note/model';
import { isNoteSummary } from '../../core/files/cache';
import { findRep, type RepOverview } from '../../core/reps/repOverview';
import type { RepsModel } from '../reps/repsModel';
import type { WorkspaceNotes } from '../notes/workspaceNotes';

export interface HistoryRequest {
  readonly range?: DateRange;
  readonly forSharing?: boolean;
}

export class HistorySource {
  constructor(
    readonly notes: WorkspaceNotes,
    readonly reps: RepsModel,
  ) {}

  get today(): string {
    return this.reps.today;
  }

  /** Fires when any rep's notes, the roster or the day change (the Reps model's own signal). */
  get onDidChange(): vscode.Event<void> {
    return this.reps.onDidChange;
  }

  /** The rep by key, or by any spelling of its name or a roster alias. */
  findRep(keyOrName: string): RepOverview | undefined {
    return findRep(this.reps.all(), keyOrName);
  }

  /**
   * Reads again the rep's notes that came from the warm-start cache as summaries (without section
   * texts), so that the history shows what the notes say. Await it before showing a rep's history.
   */
  async prepare(rep: RepOverview): Promise<void> {
    await this.notes.complete(rep.notes.map((note) => note.file));
  }

  /** The rep's notes as the engine's input (unsaved editor changes included). */
  entries(rep: RepOverview): HistoryNoteInput[] {
    const entries: HistoryNoteInput[] = [];
    for (const { file } of rep.notes) {
      const note = this.notes.index.get(file);
      if (note) entries.push({ file, note });
    }
    return entries;
  }

  /** Whether `file` is one of the rep's notes: the only files the history views may open. */
  isNoteOf(rep: RepOverview, file: string): boolean {
    return rep.notes.some((note) => note.file === file) && this.notes.index.has(file);
  }

  parsed(file: string): ParsedNote | undefined {
    return this.notes.index.get(file);
  }

  build(rep: RepOverview, request: HistoryRequest = {}): RepHistory {
    const entries = this.entries(rep);
    // Shown histories were prepared; a note that joined the rep since (a roster alias, a rename)
    // may be a summary: complete it, and the change event brings the full history.
    if (entries.some((entry) => isNoteSummary(entry.note))) void this.prepare(rep);
    return buildRepHistory(entries, {
      today: this.today,
      cadenceDays: rep.cadenceDays,
      rep: rep.name,
      range: request.range,
      forSharing: request.forSharing === true,
    });
  }
}

/** A workspace-relative path for labels and tooltips. */
export function noteLabel(file: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(file), false);
}
