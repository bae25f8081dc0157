// Every parsed note of a workspace, grouped by rep. `set` and `delete` cost in proportion to the one
// note they touch (the extension calls them on every debounced edit with 10,000 notes open), and
// each group keeps its counts up to date so that the reps view never rescans the workspace.
import type { IsoDate, NoteItem, ParsedNote } from '../note/model';
import { isOverdue } from './overdue';

/** Identifies a rep across notes: trimmed, inner whitespace collapsed, case-folded. */
export type RepKey = string;

/** The rep's name as it should be shown: trimmed, inner whitespace collapsed; null when empty. */
export function normaliseRepName(name: string | null): string | null {
  if (name === null) return null;
  // A workspace has a few dozen reps and thousands of notes: remember each spelling's answer.
  let normalised = normalisedNames.get(name);
  if (normalised === undefined) {
    const collapsed = name.normalize('NFC').trim().replace(/\s+/g, ' ');
    normalised = collapsed === '' ? null : collapsed;
    if (normalisedNames.size >= MAX_REMEMBERED_NAMES) normalisedNames.clear();
    normalisedNames.set(name, normalised);
  }
  return normalised;
}

const MAX_REMEMBERED_NAMES = 4096;
const normalisedNames = new Map<string, string | null>();

/**
 * The one rep key rule: the normalised name, case-folded; null for a note without a rep (no name,
 * or a blank one), which is also the key of the index's group of such notes.
 */
export function repKey(name: string | null): RepKey | null {
  return keyOfNormalisedName(normaliseRepName(name));
}

function keyOfNormalisedName(normalised: string | null): RepKey | null {
  return normalised?.toLowerCase() ?? null;
}

/** One note in the index, with what the groups and queries need precomputed. */
export interface IndexedNote {
  readonly file: string;
  readonly note: ParsedNote;
  readonly repKey: RepKey | null;
  readonly repName: string | null;
  readonly openItems: number;
  /** Open items that carry a due date: the only ones that can ever be overdue. */
  readonly openDatedItems: readonly NoteItem[];
}

function indexNote(file: string, note: ParsedNote): IndexedNote {
  const repName = normaliseRepName(note.frontMatter.rep);
  let openItems = 0;
  const openDatedItems: NoteItem[] = [];
  for (const item of note.items) {
    if (item.status !== 'open') continue;
    openItems++;
    if (item.due !== null) openDatedItems.push(item);
  }
  return { file, note, repKey: keyOfNormalisedName(repName), repName, openItems, openDatedItems };
}

/** Newest first: a later date wins, a dated note beats an undated one, then the larger file key. */
function isNewer(a: IndexedNote, b: IndexedNote): boolean {
  const dateA = a.note.frontMatter.date ?? '';
  const dateB = b.note.frontMatter.date ?? '';
  if (dateA !== dateB) return dateA > dateB;
  return a.file > b.file;
}

function adjustCount(counts: Map<IsoDate, number>, key: IsoDate, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/** The notes of one rep (or of no rep: key null) and their running counts. */
export class RepGroup {
  private readonly members = new Map<string, IndexedNote>();
  private openItemCount = 0;
  /** Open items with a due date, counted per due date: overdue counts need no item scan. */
  private readonly openDueCounts = new Map<IsoDate, number>();
  /** The newest note, or undefined when it must be recomputed (the newest one was removed). */
  private newestNote: IndexedNote | null | undefined = null;
  private overdueCache: { today: IsoDate; count: number } | null = null;

  constructor(readonly key: RepKey | null) {}

  /** @internal Called by NoteIndex only. */
  add(entry: IndexedNote): void {
    this.members.set(entry.file, entry);
    this.openItemCount += entry.openItems;
    for (const item of entry.openDatedItems)
      if (item.due !== null) adjustCount(this.openDueCounts, item.due, 1);
    if (entry.openDatedItems.length > 0) this.overdueCache = null;
    if (this.newestNote !== undefined && (this.newestNote === null || isNewer(entry, this.newestNote))) {
      this.newestNote = entry;
    }
  }

  /** @internal Called by NoteIndex only. */
  remove(entry: IndexedNote): void {
    this.members.delete(entry.file);
    this.openItemCount -= entry.openItems;
    for (const item of entry.openDatedItems)
      if (item.due !== null) adjustCount(this.openDueCounts, item.due, -1);
    if (entry.openDatedItems.length > 0) this.overdueCache = null;
    if (this.newestNote === entry) this.newestNote = undefined;
  }

  get size(): number {
    return this.members.size;
  }

  get files(): IterableIterator<string> {
    return this.members.keys();
  }

  get entries(): IterableIterator<IndexedNote> {
    return this.members.values();
  }

  /** The newest note of the rep (by date, then file); null when the group is empty. */
  get newest(): IndexedNote | null {
    if (this.newestNote === undefined) {
      // Only after the newest note was removed or replaced: proportional to this rep's notes.
      let newest: IndexedNote | null = null;
      for (const entry of this.members.values())
        if (newest === null || isNewer(entry, newest)) newest = entry;
      this.newestNote = newest;
    }
    return this.newestNote;
  }

  /** The rep's name as written in its newest note; null for the group of notes without a rep. */
  get name(): string | null {
    return this.newest?.repName ?? null;
  }

  /** The newest valid note date, or null when no note has one. */
  get lastDate(): IsoDate | null {
    return this.newest?.note.frontMatter.date ?? null;
  }

  /** Open items, overdue ones included. */
  get openItems(): number {
    return this.openItemCount;
  }

  /** Open items that are overdue (`isOverdue`) on `today`. */
  overdueItems(today: IsoDate): number {
    if (this.overdueCache?.today === today) return this.overdueCache.count;
    let count = 0;
    for (const [due, n] of this.openDueCounts) if (isOverdue({ status: 'open', due }, today)) count += n;
    this.overdueCache = { today, count };
    return count;
  }
}

export class NoteIndex {
  private readonly entries = new Map<string, IndexedNote>();
  private readonly noteMap = new Map<string, ParsedNote>();
  private readonly groups = new Map<RepKey | null, RepGroup>();
  private changeCount = 0;

  /** Adds or replaces the note of `file`. */
  set(file: string, note: ParsedNote): void {
    const previous = this.entries.get(file);
    if (previous) this.detach(previous);
    const entry = indexNote(file, note);
    this.entries.set(file, entry);
    this.noteMap.set(file, note);
    let group = this.groups.get(entry.repKey);
    if (!group) {
      group = new RepGroup(entry.repKey);
      this.groups.set(entry.repKey, group);
    }
    group.add(entry);
    this.changeCount++;
  }

  /** Removes the note of `file`; false when there was none. */
  delete(file: string): boolean {
    const entry = this.entries.get(file);
    if (!entry) return false;
    this.detach(entry);
    this.entries.delete(file);
    this.noteMap.delete(file);
    this.changeCount++;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.noteMap.clear();
    this.groups.clear();
    this.changeCount++;
  }

  get(file: string): ParsedNote | undefined {
    return this.noteMap.get(file);
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every note by file. */
  get notes(): ReadonlyMap<string, ParsedNote> {
    return this.noteMap;
  }

  /** Every note with its precomputed summary. */
  indexedNotes(): IterableIterator<IndexedNote> {
    return this.entries.values();
  }

  getIndexed(file: string): IndexedNote | undefined {
    return this.entries.get(file);
  }

  /** Grows by one on every change: lets views skip work when nothing changed. */
  get revision(): number {
    return this.changeCount;
  }

  /** Non-empty groups, in no particular order (see `repSummaries` for the sorted view). */
  repGroups(): IterableIterator<RepGroup> {
    return this.groups.values();
  }

  /** The group of a rep by any spelling of its name; `null` is the group of notes without a rep. */
  repGroup(name: string | null): RepGroup | undefined {
    return this.groups.get(repKey(name));
  }

  private detach(entry: IndexedNote): void {
    const group = this.groups.get(entry.repKey);
    if (!group) return;
    group.remove(entry);
    if (group.size === 0) this.groups.delete(entry.repKey);
  }
}
