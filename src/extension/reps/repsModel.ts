// The reps as the tree, the status bar and the overdue surfaces see them: one overview per rep,
// recomputed only for reps whose notes changed (or for everyone when the day or roster changes).
import * as vscode from 'vscode';
import { buildRepOverview, type NoteEntry, type RepOverview } from '../../core/reps/repOverview';
import { isOverdue } from '../../core/reps/overdue';
import { RosterMerge } from '../../core/reps/reps';
import { EMPTY_ROSTER, type Roster } from '../../core/reps/roster';
import type { ParsedNote } from '../../core/note/model';
import { DisposableStore } from '../util/dispose';
import { scheduleSoon } from '../util/yieldToHost';
import type { WorkspaceNotes } from '../notes/workspaceNotes';
import type { TodayClock } from '../util/today';
import { affectsNoteExcludes } from '../settings';
import { countsAlike, repsSnapshotOf, type RepsSnapshot } from '../../core/reps/repsSnapshot';
import type { RosterService } from './rosterService';
import type { RepsSnapshotStore } from './repsSnapshotStore';

/** The last time stale overviews were rebuilt: shows that an edit costs one rep, not the workspace. */
export interface RepsRefreshStats {
  readonly reps: number;
  /** Notes read to rebuild them. */
  readonly notes: number;
  /** In all, and in the longest slice (the rebuild yields to the extension host between slices). */
  readonly ms: number;
  readonly longestSliceMs: number;
}

/** Longest stretch of rebuilding overviews before the extension host gets a turn (see notifyWhenBuilt). */
const REBUILD_SLICE_MS = 10;
/**
 * While the first scan runs, overviews are rebuilt at most this often. Every batch of notes touches
 * most reps, and each rebuild reads all of a rep's notes: at 50,000 notes that was a rebuild round
 * every ~50 ms, 1.4-2.7 s of work in all (docs/benchmarks.md). The tree still fills in 4 times a second.
 */
const INDEXING_REBUILD_INTERVAL_MS = 250;
/**
 * ...and, while indexing, wait at least this many times as long as the last rebuild round took: at
 * 50,000 notes on a busy machine a round took up to 1.5 s, and rounds every 250 ms made the rebuilds
 * most of the scan's work (67 s of 154 s, docs/benchmarks.md).
 */
const INDEXING_REBUILD_SPACING = 4;
/**
 * The snapshot is saved this long after the reps last changed (a burst of edits saves once): sooner
 * than the note cache's 2 s, so that a session closed in between leaves a snapshot no older than
 * the cache (a note taken from the cache is never checked against the snapshot).
 */
const SNAPSHOT_SAVE_DELAY_MS = 1_000;

export class RepsModel extends DisposableStore {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private overviews = new Map<string, RepOverview>();
  private stale = new Set<string>();
  private everythingStale = true;
  private merge = new RosterMerge(EMPTY_ROSTER);
  private lastRefreshStats: RepsRefreshStats | undefined;
  /** The rebuild under way, until nothing is stale. */
  private rebuilding: RepsRefreshStats | undefined;
  /** Cancels the rebuild step that is scheduled, if any. */
  private cancelPendingRebuild: (() => void) | undefined;
  private lastRebuildDone = -Infinity;
  private lastRebuildMs = 0;
  /** The reps as saved at the end of the last session, shown until the first scan has ended. */
  private saved: RepsSnapshot | undefined;
  private firstScanDone = false;
  /** What the first scan has found so far (see WorkspaceNotes.onDidFind). */
  private listedNotes: number | undefined;
  private changedOnDisk = false;
  private snapshotSaveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly roster: RosterService,
    private readonly clock: TodayClock,
    private readonly snapshots?: RepsSnapshotStore,
  ) {
    super();
    this.register(
      notes.onDidChangeNotes((change) => {
        for (const rep of change.reps) this.stale.add(this.merge.repKeyOf(rep));
        this.notifyWhenBuilt();
      }),
    );
    this.register(roster.onDidChange(() => this.invalidateAll()));
    this.register(clock.onDidChange(() => this.invalidateAll()));
    // Other folders or other excludes: other notes, so the saved reps no longer hold.
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.dropSaved()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => affectsNoteExcludes(event) && this.dropSaved()),
    );
    // A note whose counts changed since it was cached, or another number of notes: the saved reps
    // are out of date, so the tree fills in from the notes at once, as in a cold start.
    this.register(
      notes.onDidFind((finding) => {
        if (finding.kind === 'listed') this.listedNotes = finding.notes;
        else if (!finding.cached || !finding.note || !countsAlike(finding.cached, finding.note))
          this.changedOnDisk = true;
        if (this.saved && !this.savedStillHolds(this.saved)) this.dropSaved();
      }),
    );
    this.register(
      notes.onDidChangeState((state) => {
        if (state !== 'ready') return;
        this.firstScanDone = true;
        this.dropSaved();
        this.scheduleSnapshotSave();
      }),
    );
    this.register({
      dispose: () => {
        this.cancelPendingRebuild?.();
        clearTimeout(this.snapshotSaveTimer);
      },
    });
    if (snapshots) void this.showSaved(snapshots);
  }

  /**
   * The reps as saved at the end of the last session, while the first scan of this one has not
   * ended (then the tree, the badge and the status bar show it: reading 10,000 notes takes
   * seconds); undefined otherwise. Saved in another context, or odd in any way: never shown.
   */
  get savedReps(): RepsSnapshot | undefined {
    return this.saved;
  }

  private async showSaved(store: RepsSnapshotStore): Promise<void> {
    await this.roster.firstLoad;
    if (this.firstScanDone) return;
    const context = store.context(this.roster.current, this.today);
    const saved = await store.load(context);
    // The roster, the day or the folders may have changed while it was read.
    if (!saved || this.firstScanDone || !this.savedStillHolds(saved)) return;
    if (store.context(this.roster.current, this.today) !== context) return;
    this.saved = saved;
    this.changed.fire();
  }

  /** Nothing the first scan found so far contradicts `saved`. */
  private savedStillHolds(saved: RepsSnapshot): boolean {
    return !this.changedOnDisk && (this.listedNotes === undefined || this.listedNotes === saved.notes);
  }

  /** Stops showing the saved reps: the reps built from the notes follow as soon as they are built. */
  private dropSaved(): void {
    if (!this.saved) return;
    this.saved = undefined;
    this.notifyWhenBuilt();
  }

  /** Saves what the tree shows now, a little after the last change, once the first scan has ended. */
  private scheduleSnapshotSave(): void {
    const store = this.snapshots;
    if (!store || !this.firstScanDone || this.notes.state !== 'ready') return;
    clearTimeout(this.snapshotSaveTimer);
    this.snapshotSaveTimer = setTimeout(() => {
      this.snapshotSaveTimer = undefined;
      if (this.notes.state !== 'ready') return; // a rescan saves when it ends
      const withoutRep = this.notesWithoutRep();
      const snapshot = repsSnapshotOf(
        this.notes.index.size,
        this.all(),
        {
          notes: withoutRep.length,
          notesOverdue: withoutRep.filter(({ note }) => countOverdue(note, this.today) > 0).length,
        },
        this.totalOverdue(),
      );
      void store.save(store.context(this.roster.current, this.today), snapshot);
    }, SNAPSHOT_SAVE_DELAY_MS);
  }

  get today(): string {
    return this.clock.today;
  }

  /** A scan is running: the notes, and so the reps, are not all there yet. */
  get indexing(): boolean {
    return this.notes.state === 'indexing';
  }

  get rosterData(): Roster {
    return this.roster.current;
  }

  private invalidateAll(): void {
    this.everythingStale = true;
    this.saved = undefined;
    this.notifyWhenBuilt();
  }

  /**
   * Rebuilds the stale overviews a slice at a time, then fires onDidChange, so that listeners (the
   * tree, the status bar: they ask for every rep) find them built. During a scan one change can
   * touch every rep: with 50,000 notes, rebuilding them in one go held the extension host for
   * 200-400 ms (docs/benchmarks.md). all() and get() still rebuild whatever is left at once, so
   * callers always see current data.
   */
  private notifyWhenBuilt(): void {
    if (this.cancelPendingRebuild) return;
    // While the saved reps are shown, nobody looks at half-built ones: one rebuild when the scan ends
    // instead of a round every 250 ms or so, each over most reps.
    if (this.saved && this.notes.state === 'indexing') return;
    let started: number | undefined;
    const step = () => {
      started ??= performance.now();
      if (this.refresh(REBUILD_SLICE_MS)) {
        this.cancelPendingRebuild = undefined;
        this.lastRebuildDone = performance.now();
        this.lastRebuildMs = this.lastRebuildDone - started;
        this.changed.fire();
        this.scheduleSnapshotSave();
      } else {
        this.cancelPendingRebuild = scheduleSoon(step);
      }
    };
    const wait =
      this.notes.state === 'indexing'
        ? this.lastRebuildDone +
          Math.max(INDEXING_REBUILD_INTERVAL_MS, INDEXING_REBUILD_SPACING * this.lastRebuildMs) -
          performance.now()
        : 0;
    if (wait > 0) {
      const timer = setTimeout(step, wait);
      this.cancelPendingRebuild = () => clearTimeout(timer);
    } else {
      this.cancelPendingRebuild = scheduleSoon(step);
    }
  }

  get lastRefresh(): RepsRefreshStats | undefined {
    return this.lastRefreshStats;
  }

  /** Every rep: those with notes and roster reps without any. */
  all(): readonly RepOverview[] {
    this.refresh();
    return [...this.overviews.values()];
  }

  /**
   * Every rep as last built, without building the stale ones first: for the tree while the first
   * scan runs. The workbench asks for the tree whenever it likes, and all() then rebuilt every rep
   * touched since the last round in one go (94 ms at 10,000 notes, docs/benchmarks.md); a rebuild
   * round is on its way anyway and fires onDidChange when done.
   */
  builtSoFar(): readonly RepOverview[] {
    if (this.everythingStale) return this.all();
    return [...this.overviews.values()];
  }

  get(key: string): RepOverview | undefined {
    this.refresh();
    return this.overviews.get(key);
  }

  /** Notes whose front matter names no rep: shown on their own so nothing is lost. */
  notesWithoutRep(): readonly NoteEntry[] {
    return [...(this.notes.index.repGroup(null)?.entries ?? [])];
  }

  totalOverdue(): number {
    if (this.saved) return this.saved.totalOverdue;
    let total = 0;
    for (const rep of this.all()) total += rep.overdue.length;
    for (const { note } of this.notesWithoutRep()) total += countOverdue(note, this.today);
    return total;
  }

  /** Rebuilds stale overviews for at most about `budgetMs`; true when none is left. */
  private refresh(budgetMs = Infinity): boolean {
    if (this.everythingStale) {
      this.everythingStale = false;
      this.stale.clear();
      this.merge = new RosterMerge(this.roster.current);
      this.overviews = new Map();
      for (const key of this.merge.repKeys(this.notes.index)) this.stale.add(key);
    }
    if (this.stale.size === 0) return true;
    const started = performance.now();
    let reps = 0;
    let notes = 0;
    for (const key of this.stale) {
      const overview = this.build(key);
      this.stale.delete(key);
      reps++;
      notes += overview?.notes.length ?? 0;
      if (overview) this.overviews.set(key, overview);
      else this.overviews.delete(key);
      if (performance.now() - started >= budgetMs) break;
    }
    const ms = performance.now() - started;
    const soFar = this.rebuilding;
    this.rebuilding = {
      reps: (soFar?.reps ?? 0) + reps,
      notes: (soFar?.notes ?? 0) + notes,
      ms: (soFar?.ms ?? 0) + ms,
      longestSliceMs: Math.max(soFar?.longestSliceMs ?? 0, ms),
    };
    if (this.stale.size > 0) return false;
    this.lastRefreshStats = this.rebuilding;
    this.rebuilding = undefined;
    return true;
  }

  private build(key: string): RepOverview | undefined {
    const rep = this.merge.rep(this.notes.index, key);
    if (!rep) return undefined;
    const entries: NoteEntry[] = rep.groups.flatMap((group) => [...group.entries]);
    return buildRepOverview(rep.key, rep.name, entries, rep.roster, this.today);
  }
}

export function countOverdue(note: ParsedNote, today: string): number {
  return note.items.filter((item) => isOverdue(item, today)).length;
}
