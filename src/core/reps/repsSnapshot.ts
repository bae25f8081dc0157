// What the Reps view showed at the end of the last session, saved so that a warm start can show the
// reps at once, before the notes are listed and checked, and then replace it with the reps built
// from the notes. Only what the tree's top level shows: each rep's name, team and counts, never an
// item's text, a note's text or a file name. Saved with the context it was built in (workspace
// folders, exclude settings, roster, day, engine): it is shown only in the very same context, and
// anything odd in the stored data means it is not shown at all (never a crash, never a wrong tree
// for long: the reps built from the notes always replace it).
import type { ParsedNote } from '../note/model';
import { repCounts, type RepCounts, type RepOverview } from './repOverview';

/** Bumped when the stored shape changes. */
export const REPS_SNAPSHOT_FORMAT = 1;
const SNAPSHOT_KIND = 'coaching-notes/reps-snapshot';
/** Far more than any team; a stored snapshot beyond these is odd and not shown. */
const MAX_REPS = 100_000;
const MAX_TEXT = 1_000;

export interface SavedRep extends RepCounts {
  /** The rep's key (RepOverview.key): the same tree node id as the rep built from the notes. */
  readonly key: string;
  /** The roster's team, which groups the tree. */
  readonly team: string | null;
}

export interface RepsSnapshot {
  /** Every note in the index: a scan that lists another number of notes drops the snapshot at once. */
  readonly notes: number;
  readonly reps: readonly SavedRep[];
  /** Notes without a valid rep, and those of them with overdue items ("Notes without a rep"). */
  readonly notesWithoutRep: number;
  readonly notesWithoutRepOverdue: number;
  /** Every overdue item, with those of notes without a rep (the badge, the status bar). */
  readonly totalOverdue: number;
}

/** The stored form: plain JSON. */
export interface RepsSnapshotData {
  readonly kind: typeof SNAPSHOT_KIND;
  readonly format: number;
  /** Where and when it was built (see the header comment); compared whole. */
  readonly context: string;
  readonly notes: number;
  /** `[key, name, team, notes, overdue, daysSinceLast, oneOnOneOverdue]` rows. */
  readonly reps: readonly (readonly [
    string,
    string,
    string | null,
    number,
    number,
    number | null,
    boolean,
  ])[];
  readonly withoutRep: readonly [number, number];
  readonly totalOverdue: number;
}

export function repsSnapshotOf(
  notes: number,
  overviews: Iterable<RepOverview>,
  withoutRep: { readonly notes: number; readonly notesOverdue: number },
  totalOverdue: number,
): RepsSnapshot {
  const reps: SavedRep[] = [];
  for (const overview of overviews) {
    reps.push({ ...repCounts(overview), key: overview.key, team: overview.roster?.team ?? null });
  }
  return {
    notes,
    reps,
    notesWithoutRep: withoutRep.notes,
    notesWithoutRepOverdue: withoutRep.notesOverdue,
    totalOverdue,
  };
}

export function encodeRepsSnapshot(context: string, snapshot: RepsSnapshot): RepsSnapshotData {
  return {
    kind: SNAPSHOT_KIND,
    format: REPS_SNAPSHOT_FORMAT,
    context,
    notes: snapshot.notes,
    reps: snapshot.reps.map((rep) => [
      rep.key,
      rep.name,
      rep.team,
      rep.noteCount,
      rep.overdueCount,
      rep.daysSinceLast,
      rep.oneOnOneOverdue,
    ]),
    withoutRep: [snapshot.notesWithoutRep, snapshot.notesWithoutRepOverdue],
    totalOverdue: snapshot.totalOverdue,
  };
}

/**
 * The snapshot stored in `data`, when it was built in exactly `context` and every field has its
 * expected type; otherwise undefined (another workspace, roster, day or engine, another format, a
 * damaged file).
 */
export function decodeRepsSnapshot(data: unknown, context: string): RepsSnapshot | undefined {
  if (!isRecord(data)) return undefined;
  if (data['kind'] !== SNAPSHOT_KIND || data['format'] !== REPS_SNAPSHOT_FORMAT) return undefined;
  if (data['context'] !== context) return undefined;
  const rows = data['reps'];
  const withoutRep = data['withoutRep'];
  const totalOverdue = data['totalOverdue'];
  const notes = data['notes'];
  if (!isCount(notes)) return undefined;
  if (!Array.isArray(rows) || rows.length > MAX_REPS) return undefined;
  if (!Array.isArray(withoutRep) || withoutRep.length !== 2) return undefined;
  const [notesWithoutRep, notesWithoutRepOverdue] = withoutRep as unknown[];
  if (!isCount(notesWithoutRep) || !isCount(notesWithoutRepOverdue) || !isCount(totalOverdue))
    return undefined;
  if (notesWithoutRepOverdue > notesWithoutRep) return undefined;
  const reps: SavedRep[] = [];
  const keys = new Set<string>();
  for (const row of rows as unknown[]) {
    const rep = decodeRow(row);
    if (!rep || keys.has(rep.key)) return undefined;
    keys.add(rep.key);
    reps.push(rep);
  }
  return { notes, reps, notesWithoutRep, notesWithoutRepOverdue, totalOverdue };
}

function decodeRow(row: unknown): SavedRep | undefined {
  if (!Array.isArray(row) || row.length !== 7) return undefined;
  const [key, name, team, noteCount, overdueCount, daysSinceLast, oneOnOneOverdue] = row as unknown[];
  if (!isText(key) || !isText(name) || key === '' || name === '') return undefined;
  if (team !== null && !isText(team)) return undefined;
  if (!isCount(noteCount) || !isCount(overdueCount)) return undefined;
  if (daysSinceLast !== null && !(typeof daysSinceLast === 'number' && Number.isSafeInteger(daysSinceLast)))
    return undefined;
  if (typeof oneOnOneOverdue !== 'boolean') return undefined;
  return { key, name, team, noteCount, overdueCount, daysSinceLast, oneOnOneOverdue };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Whether two versions of one note count alike in everything a snapshot keeps (the rep, the dates
 * and each item's kind, status and due date): a note saved again unchanged, or changed only in its
 * texts, leaves a snapshot as true as it was.
 */
export function countsAlike(a: ParsedNote, b: ParsedNote): boolean {
  return countedParts(a) === countedParts(b);
}

function countedParts(note: ParsedNote): string {
  const { rep, date, next } = note.frontMatter;
  return JSON.stringify([rep, date, next, note.items.map((item) => [item.kind, item.status, item.due])]);
}
