// The reps as the tree, the status bar and the overdue surfaces see them: one overview per rep,
// recomputed only for reps whose notes changed (or for everyone when the day or roster changes).
import * as vscode from 'vscode';
import { buildRepOverview, repKey, type NoteEntry, type RepOverview } from '../../core/repOverview';
import { rosterLookup, type Roster, type RosterEntry } from '../../core/roster';
import type { ParsedNote } from '../../core/model';
import { DisposableStore } from '../util/dispose';
import type { WorkspaceNotes } from '../workspaceNotes';
import type { TodayClock } from '../today';
import type { RosterService } from './rosterService';

/** The last time stale overviews were rebuilt: shows that an edit costs one rep, not the workspace. */
export interface RepsRefreshStats {
  readonly reps: number;
  /** Notes read to rebuild them. */
  readonly notes: number;
  readonly ms: number;
}

export class RepsModel extends DisposableStore {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private overviews = new Map<string, RepOverview>();
  private stale = new Set<string>();
  private everythingStale = true;
  private lookup: ReadonlyMap<string, RosterEntry> = new Map();
  private lastRefreshStats: RepsRefreshStats | undefined;

  constructor(
    private readonly notes: WorkspaceNotes,
    private readonly roster: RosterService,
    private readonly clock: TodayClock,
  ) {
    super();
    this.register(
      notes.onDidChangeNotes((change) => {
        for (const rep of change.reps) this.stale.add(this.resolveKey(rep));
        this.changed.fire();
      }),
    );
    this.register(roster.onDidChange(() => this.invalidateAll()));
    this.register(clock.onDidChange(() => this.invalidateAll()));
  }

  get today(): string {
    return this.clock.today;
  }

  get rosterData(): Roster {
    return this.roster.current;
  }

  private invalidateAll(): void {
    this.everythingStale = true;
    this.changed.fire();
  }

  /** Roster aliases merge "Dana" and "Dana Whitfield" into the roster entry's key. */
  private resolveKey(key: string): string {
    const entry = this.lookup.get(key);
    return entry ? repKey(entry.name) : key;
  }

  get lastRefresh(): RepsRefreshStats | undefined {
    return this.lastRefreshStats;
  }

  /** Every rep: those with notes and roster reps without any. */
  all(): readonly RepOverview[] {
    this.refresh();
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
    let total = 0;
    for (const rep of this.all()) total += rep.overdue.length;
    for (const { note } of this.notesWithoutRep()) total += countOverdue(note, this.today);
    return total;
  }

  private refresh(): void {
    if (this.everythingStale) {
      this.everythingStale = false;
      this.stale.clear();
      this.lookup = rosterLookup(this.roster.current);
      this.overviews = new Map();
      const keys = new Set<string>();
      for (const group of this.notes.index.repGroups()) if (group.key !== null) keys.add(group.key);
      for (const entry of this.roster.current.entries) keys.add(repKey(entry.name));
      for (const key of keys) this.stale.add(this.resolveKey(key));
    }
    if (this.stale.size === 0) return;
    const started = performance.now();
    let notes = 0;
    for (const key of this.stale) {
      const overview = this.build(key);
      notes += overview?.notes.length ?? 0;
      if (overview) this.overviews.set(key, overview);
      else this.overviews.delete(key);
    }
    this.lastRefreshStats = { reps: this.stale.size, notes, ms: performance.now() - started };
    this.stale.clear();
  }

  private build(key: string): RepOverview | undefined {
    const entry = this.lookup.get(key) ?? null;
    const names = entry ? [entry.name, ...entry.aliases].map(repKey) : [key];
    const entries: NoteEntry[] = [];
    let fallbackName = entry?.name ?? key;
    for (const name of new Set(names)) {
      const group = this.notes.index.repGroup(name);
      if (!group) continue;
      entries.push(...group.entries);
      if (!entry) fallbackName = group.name ?? fallbackName;
    }
    if (entries.length === 0 && !entry) return undefined;
    return buildRepOverview(key, fallbackName, entries, entry, this.today);
  }
}

function countOverdue(note: ParsedNote, today: string): number {
  return note.items.filter((item) => item.status === 'open' && item.due !== null && item.due < today).length;
}
