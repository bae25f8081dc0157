// What activate() returns: a small read-only view of the extension's state, used by the integration
// tests (and usable by other extensions) to check what the user is shown without scraping the UI.
import type * as vscode from 'vscode';
import { collectOverdue } from './overdue/overdueQuickPick';
import type { RepsModel, RepsRefreshStats } from './reps/repsModel';
import type { RepsTreeNode } from './reps/repsTree';
import type { RepsView } from './reps/repsView';
import type { ScanStats, WorkspaceNotes } from './notes/workspaceNotes';

export interface OverdueSummary {
  readonly rep: string | null;
  readonly file: string;
  /** 0-based. */
  readonly line: number;
  readonly text: string;
  readonly daysOverdue: number;
}

/** Cost figures for troubleshooting a slow workspace and for the benchmarks (test/bench/vscode). */
export interface CoachingNotesStats {
  /** Notes in the index now. */
  readonly notes: number;
  readonly lastScan: ScanStats | undefined;
  readonly lastRepsRefresh: RepsRefreshStats | undefined;
  /** Saves of the warm-start cache finished so far, and whether one is due or running. */
  readonly cacheSaves: { readonly saves: number; readonly pending: boolean };
}

export interface CoachingNotesApi {
  /** Resolves when the first index of the workspace is complete. */
  whenIndexed(): Promise<void>;
  /** Fires after notes changed and the reps were brought up to date. */
  readonly onDidChange: vscode.Event<void>;
  /** The Reps view's data, exactly as the tree shows it. */
  readonly repsTree: vscode.TreeDataProvider<RepsTreeNode>;
  /** What "Show Overdue Follow-ups" lists, in its order. */
  overdue(): readonly OverdueSummary[];
  stats(): CoachingNotesStats;
  /** The number on the Reps view's badge (undefined when it shows none). */
  repsBadge(): number | undefined;
}

export function createApi(notes: WorkspaceNotes, reps: RepsModel, view: RepsView): CoachingNotesApi {
  return {
    whenIndexed: () => notes.whenReady(),
    onDidChange: reps.onDidChange,
    repsTree: view.provider,
    overdue: () =>
      collectOverdue(reps).map(({ rep, ref }) => ({
        rep,
        file: ref.file,
        line: ref.item.line,
        text: ref.item.text,
        daysOverdue: ref.daysOverdue ?? 0,
      })),
    repsBadge: () => view.treeView.badge?.value,
    stats: () => ({
      notes: notes.index.size,
      lastScan: notes.lastScan,
      lastRepsRefresh: reps.lastRefresh,
      cacheSaves: notes.cacheSaves,
    }),
  };
}
