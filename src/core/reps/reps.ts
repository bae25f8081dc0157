// One summary row per rep, for the CLI's `reps` command. With a roster, reps are grouped as the
// extension's Reps tree groups them: the notes of a rep's aliases are one rep under the roster's
// name, and roster reps without notes are listed too.
import type { IsoDate } from '../note/model';
import { repKey, type IndexedNote, type NoteIndex, type RepGroup, type RepKey } from './noteIndex';
import { oneOnOneStatus } from './repOverview';
import { EMPTY_ROSTER, rosterLookup, type Roster, type RosterEntry } from './roster';

export interface RepSummary {
  /**
   * The roster's name for a roster rep, otherwise the name as written in the newest note; null for
   * the row of notes without a rep.
   */
  readonly rep: string | null;
  readonly notes: number;
  /** The newest valid note date, or null. */
  readonly lastDate: IsoDate | null;
  /** Open items, overdue ones included. */
  readonly open: number;
  readonly overdue: number;
  /** The roster's team, or null. */
  readonly team: string | null;
  /**
   * The next 1:1 is late, as in the Reps tree: the last one is older than the rep's cadence (the
   * roster's `cadenceDays`, default 7) or the planned `next` date has passed; also true for a roster
   * rep with no 1:1 yet. Always false for the row of notes without a rep.
   */
  readonly oneOnOneLate: boolean;
}

/** One rep: the note groups of every spelling of its name (and its roster aliases). */
export interface RosterRep {
  /** The rep key of the roster name, or of the notes' name. */
  readonly key: RepKey;
  /** The roster's name, else the name as written in the rep's newest note. */
  readonly name: string;
  readonly roster: RosterEntry | null;
  /**
   * Non-empty groups, at least one unless it is a roster rep without notes: the group of the
   * roster name first, then those of the aliases in the roster's order.
   */
  readonly groups: readonly RepGroup[];
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The one roster merge (the Reps tree, `reps` and `history` all use it): the notes filed under a
 * roster name or any of its aliases are one rep, keyed by the roster name; every roster rep is a
 * rep, with or without notes; any other name is a rep of its own. The group of notes without a rep
 * is never part of a rep.
 */
export class RosterMerge {
  private readonly lookup: ReadonlyMap<RepKey | null, RosterEntry>;

  constructor(readonly roster: Roster) {
    this.lookup = rosterLookup(roster);
  }

  /** The key of the rep whose notes are the group of `key` (a roster alias joins its roster rep). */
  repKeyOf(key: RepKey): RepKey {
    const entry = this.lookup.get(key);
    return (entry && repKey(entry.name)) ?? key;
  }

  /** The rep of `key` as `repKeyOf` merges it, or undefined when no note and no roster entry names it. */
  rep(index: NoteIndex, key: RepKey): RosterRep | undefined {
    const repKeyOfName = this.repKeyOf(key);
    const entry = this.lookup.get(repKeyOfName) ?? null;
    // A roster name or alias is never blank (parseRoster drops those), so none of these keys is null.
    const keys = entry
      ? [entry.name, ...entry.aliases].flatMap((name) => repKey(name) ?? [])
      : [repKeyOfName];
    const groups: RepGroup[] = [];
    for (const name of new Set(keys)) {
      const group = index.repGroup(name);
      if (group && group.size > 0) groups.push(group);
    }
    if (groups.length === 0 && entry === null) return undefined;
    return {
      key: repKeyOfName,
      name: entry?.name ?? newestGroup(groups)?.name ?? repKeyOfName,
      roster: entry,
      groups,
    };
  }

  /** The keys of every rep (`repKeyOf` each group's, and the roster's), in no particular order. */
  repKeys(index: NoteIndex): Set<RepKey> {
    const keys = new Set<RepKey>();
    for (const entry of this.roster.entries) {
      const key = repKey(entry.name);
      if (key !== null) keys.add(key);
    }
    for (const group of index.repGroups()) {
      if (group.key !== null && group.size > 0) keys.add(this.repKeyOf(group.key));
    }
    return keys;
  }

  /** Every rep of the index and the roster, in no particular order. */
  reps(index: NoteIndex): RosterRep[] {
    return [...this.repKeys(index)].flatMap((key) => this.rep(index, key) ?? []);
  }
}

/** The reps of an index merged through the roster (see RosterMerge), in no particular order. */
export function rosterReps(index: NoteIndex, roster: Roster): RosterRep[] {
  return new RosterMerge(roster).reps(index);
}

function summariseRosterRep(rep: RosterRep, today: IsoDate): RepSummary {
  let notes = 0;
  let open = 0;
  let overdue = 0;
  let lastDate: IsoDate | null = null;
  const entries: IndexedNote[] = [];
  for (const group of rep.groups) {
    notes += group.size;
    open += group.openItems;
    overdue += group.overdueItems(today);
    const date = group.lastDate;
    if (date !== null && (lastDate === null || date > lastDate)) lastDate = date;
    for (const entry of group.entries) entries.push(entry);
  }
  return {
    rep: rep.name,
    notes,
    lastDate,
    open,
    overdue,
    team: rep.roster?.team ?? null,
    oneOnOneLate: oneOnOneStatus(entries, rep.roster, today).late,
  };
}

/** The group with the newest note (by date, then file). */
function newestGroup(groups: readonly RepGroup[]): RepGroup | null {
  return groups.reduce<RepGroup | null>(
    (best, group) => (best === null || isNewerGroup(group, best) ? group : best),
    null,
  );
}

function isNewerGroup(a: RepGroup, b: RepGroup): boolean {
  const dateA = a.newest?.note.frontMatter.date ?? '';
  const dateB = b.newest?.note.frontMatter.date ?? '';
  if (dateA !== dateB) return dateA > dateB;
  return (a.newest?.file ?? '') > (b.newest?.file ?? '');
}

/** Compares team names, reps without a team after every team. */
function compareTeams(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return byName.compare(a, b) || (a < b ? -1 : 1);
}

/**
 * Rows sorted by rep name (case-insensitive), as the CLI contract says; notes without a rep last,
 * only when there are any. `groupedByTeam` orders them for reading by team.
 */
export function repSummaries(index: NoteIndex, today: IsoDate, roster: Roster = EMPTY_ROSTER): RepSummary[] {
  const named = rosterReps(index, roster).map((rep) => ({
    key: rep.key,
    row: summariseRosterRep(rep, today),
  }));
  named.sort(
    (a, b) =>
      byName.compare(a.row.rep ?? '', b.row.rep ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const rows = named.map((entry) => entry.row);
  const withoutRep = index.repGroup(null);
  if (withoutRep && withoutRep.size > 0) {
    rows.push({
      rep: null,
      notes: withoutRep.size,
      lastDate: withoutRep.lastDate,
      open: withoutRep.openItems,
      overdue: withoutRep.overdueItems(today),
      team: null,
      oneOnOneLate: false,
    });
  }
  return rows;
}

/**
 * The rows of `repSummaries` by team (reps without a team after every team, the row of notes
 * without a rep last), by name within a team: how the Reps tree groups them.
 */
export function groupedByTeam(rows: readonly RepSummary[]): RepSummary[] {
  const teamOrder = (row: RepSummary): number => (row.rep === null ? 2 : row.team === null ? 1 : 0);
  // Array.prototype.sort is stable: the name order within a team is kept.
  return [...rows].sort((a, b) => teamOrder(a) - teamOrder(b) || compareTeams(a.team, b.team));
}
