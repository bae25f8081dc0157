// What the Reps tree shows for one rep: notes newest first, overdue items, open follow-ups and goals,
// days since the last 1:1 against the rep's cadence. Pure: computed from that rep's notes only.
import { cadenceStats } from '../history/cadence';
import type { CadenceStats } from '../history/types';
import { normaliseRepName, repKey } from './noteIndex';
import type { IsoDate, NoteItem, NoteType, ParsedNote } from '../note/model';
import { daysOverdue, sortOverdue } from './overdue';
import { DEFAULT_CADENCE_DAYS, type RosterEntry } from './roster';

export interface NoteEntry {
  readonly file: string;
  readonly note: ParsedNote;
}

export interface ItemRef {
  readonly file: string;
  readonly noteDate: IsoDate | null;
  readonly item: NoteItem;
  /** Whole days past due when overdue, otherwise null. */
  readonly daysOverdue: number | null;
}

export interface NoteRef {
  readonly file: string;
  readonly date: IsoDate | null;
  readonly type: NoteType | null;
  readonly openItems: number;
  readonly errors: number;
}

export interface RepOverview {
  /** Stable identity of the rep (normalised name, or the roster entry's). */
  readonly key: string;
  readonly name: string;
  readonly roster: RosterEntry | null;
  readonly cadenceDays: number;
  readonly notes: readonly NoteRef[];
  readonly overdue: readonly ItemRef[];
  readonly openFollowUps: readonly ItemRef[];
  readonly openGoals: readonly ItemRef[];
  readonly lastDate: IsoDate | null;
  readonly daysSinceLast: number | null;
  readonly nextMeeting: IsoDate | null;
  readonly tags: readonly string[];
  /**
   * The next 1:1 is late: the last one is older than the cadence, or the planned `next` date has
   * passed (or, for a roster rep, there has never been one).
   */
  readonly oneOnOneOverdue: boolean;
}

/** What finding a rep looks at: its key, its name and its roster aliases. */
export type FindableRep = Pick<RepOverview, 'key' | 'name'> & {
  readonly roster: Pick<RosterEntry, 'aliases'> | null;
};

/**
 * The rep named `keyOrName` by any of its names: its key, its shown name in any spelling, or one of
 * its roster aliases, in that order of precedence (a rep's own name beats another's alias).
 */
export function findRep<T extends FindableRep>(reps: Iterable<T>, keyOrName: string): T | undefined {
  const wanted = repKey(keyOrName);
  if (wanted === null) return undefined;
  let byName: T | undefined;
  let byAlias: T | undefined;
  for (const rep of reps) {
    if (rep.key === wanted) return rep;
    if (byName === undefined && repKey(rep.name) === wanted) byName = rep;
    if (byAlias === undefined && rep.roster?.aliases.some((alias) => repKey(alias) === wanted)) byAlias = rep;
  }
  return byName ?? byAlias;
}

function compareNotesNewestFirst(a: NoteEntry, b: NoteEntry): number {
  const byDate = (b.note.frontMatter.date ?? '').localeCompare(a.note.frontMatter.date ?? '');
  return byDate !== 0 ? byDate : a.file.localeCompare(b.file);
}

export function buildRepOverview(
  key: string,
  fallbackName: string,
  entries: readonly NoteEntry[],
  roster: RosterEntry | null,
  today: IsoDate,
): RepOverview {
  const sorted = [...entries].sort(compareNotesNewestFirst);
  const latest = sorted.find((entry) => entry.note.frontMatter.date !== null);
  const overdue: ItemRef[] = [];
  const openFollowUps: ItemRef[] = [];
  const openGoals: ItemRef[] = [];
  for (const { file, note } of sorted) {
    for (const item of note.items) {
      if (item.status !== 'open') continue;
      const ref: ItemRef = {
        file,
        noteDate: note.frontMatter.date,
        item,
        daysOverdue: daysOverdue(item, today),
      };
      if (ref.daysOverdue !== null) overdue.push(ref);
      else if (item.kind === 'goal') openGoals.push(ref);
      else openFollowUps.push(ref);
    }
  }
  sortOverdue(overdue);
  const byDue = (a: ItemRef, b: ItemRef) =>
    (a.item.due ?? '9999').localeCompare(b.item.due ?? '9999') || a.file.localeCompare(b.file);
  openFollowUps.sort(byDue);
  openGoals.sort(byDue);

  const { cadenceDays, cadence, late } = oneOnOneStatus(sorted, roster, today);
  return {
    key,
    name: roster?.name ?? latestName(sorted) ?? fallbackName,
    roster,
    cadenceDays,
    notes: sorted.map(({ file, note }) => ({
      file,
      date: note.frontMatter.date,
      type: note.frontMatter.type,
      openItems: note.items.filter((item) => item.status === 'open').length,
      errors: note.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    })),
    overdue,
    openFollowUps,
    openGoals,
    lastDate: cadence.lastMeeting,
    daysSinceLast: cadence.daysSinceLast,
    nextMeeting: latest?.note.frontMatter.next ?? null,
    tags: latest?.note.frontMatter.tags ?? [],
    oneOnOneOverdue: late,
  };
}

/** The first note with a valid date in compareNotesNewestFirst's order, without sorting. */
function latestDated(entries: readonly NoteEntry[]): NoteEntry | undefined {
  let latest: NoteEntry | undefined;
  let latestDate = '';
  for (const entry of entries) {
    const date = entry.note.frontMatter.date;
    if (date === null) continue;
    if (
      latest === undefined ||
      date > latestDate ||
      (date === latestDate && entry.file.localeCompare(latest.file) < 0)
    ) {
      latest = entry;
      latestDate = date;
    }
  }
  return latest;
}

export interface OneOnOneStatus {
  readonly cadenceDays: number;
  readonly cadence: CadenceStats;
  /** `RepOverview.oneOnOneOverdue`: the next 1:1 is late (or a roster rep has never had one). */
  readonly late: boolean;
}

/**
 * Whether a rep's next 1:1 is late, from all of that rep's notes (in any order): the Reps tree
 * (through buildRepOverview) and the CLI's `reps` both ask here, and it uses the progress history's
 * cadence rule, so all three agree.
 */
export function oneOnOneStatus(
  entries: readonly NoteEntry[],
  roster: RosterEntry | null,
  today: IsoDate,
): OneOnOneStatus {
  const dates = entries.flatMap(({ note }) => (note.frontMatter.date ? [note.frontMatter.date] : []));
  const cadenceDays = roster?.cadenceDays ?? DEFAULT_CADENCE_DAYS;
  const cadence = cadenceStats({
    dates,
    latestNext: latestDated(entries)?.note.frontMatter.next ?? null,
    cadenceDays,
    asOf: today,
  });
  return {
    cadenceDays,
    cadence,
    late: cadence.lastMeeting === null ? roster !== null : cadence.nextOverdue,
  };
}

function latestName(sorted: readonly NoteEntry[]): string | null {
  for (const { note } of sorted) {
    const name = normaliseRepName(note.frontMatter.rep);
    if (name !== null) return name;
  }
  return null;
}

export type RepSortOrder = 'name' | 'mostOverdue' | 'longestSinceLast';
export const REP_SORT_ORDERS: readonly RepSortOrder[] = ['name', 'mostOverdue', 'longestSinceLast'];

/**
 * What the Reps view shows of a rep on its own line and sorts by: from a built overview, or from the
 * saved snapshot shown while a warm start reads the notes (repsSnapshot.ts).
 */
export interface RepCounts {
  readonly name: string;
  readonly noteCount: number;
  readonly overdueCount: number;
  readonly daysSinceLast: number | null;
  readonly oneOnOneOverdue: boolean;
}

export function repCounts(rep: RepOverview): RepCounts {
  return {
    name: rep.name,
    noteCount: rep.notes.length,
    overdueCount: rep.overdue.length,
    daysSinceLast: rep.daysSinceLast,
    oneOnOneOverdue: rep.oneOnOneOverdue,
  };
}

export function compareReps(order: RepSortOrder): (a: RepOverview, b: RepOverview) => number {
  const compare = compareRepCounts(order);
  return (a, b) => compare(repCounts(a), repCounts(b));
}

export function compareRepCounts(order: RepSortOrder): (a: RepCounts, b: RepCounts) => number {
  const byName = (a: RepCounts, b: RepCounts) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  switch (order) {
    case 'name':
      return byName;
    case 'mostOverdue':
      return (a, b) => b.overdueCount - a.overdueCount || byName(a, b);
    case 'longestSinceLast':
      // Never met sorts first: that is the longest wait of all.
      return (a, b) =>
        (b.daysSinceLast ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceLast ?? Number.MAX_SAFE_INTEGER) ||
        byName(a, b);
  }
}
