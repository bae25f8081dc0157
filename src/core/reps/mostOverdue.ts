// The N most overdue follow-ups of a workspace, kept up to date note by note: for views that show
// only the head of the overdue list (the Problems panel's warnings, capped so that 50,000 notes do
// not flood it). Same answer as `overdueItems(index, today).slice(0, limit)`, but each change costs
// in proportion to the changed note, and each query to the limit plus the number of due dates.
import { compareOverdue, daysOverdue, isOverdue } from './overdue';
import type { IsoDate, NoteItem, OverdueItem } from '../note/model';
import type { IndexedNote } from './noteIndex';

export interface MostOverdue {
  /** At most `limit` overdue items, in the overdue order (most overdue first). */
  readonly items: readonly OverdueItem[];
  /** Every overdue item, shown or not. */
  readonly total: number;
}

interface TrackedNote {
  readonly file: string;
  readonly rep: string | null;
  readonly noteDate: IsoDate | null;
  readonly items: readonly NoteItem[];
}

export class OverdueTracker {
  private readonly notes = new Map<string, TrackedNote>();
  /** Files with open items due on each date, and how many such items. */
  private readonly filesByDue = new Map<IsoDate, Map<string, number>>();

  /** Adds or replaces a note (its open dated items are the only ones that can be overdue). */
  set(entry: IndexedNote): void {
    this.delete(entry.file);
    if (entry.openDatedItems.length === 0) return;
    const tracked: TrackedNote = {
      file: entry.file,
      rep: entry.repName,
      noteDate: entry.note.frontMatter.date,
      items: entry.openDatedItems,
    };
    this.notes.set(entry.file, tracked);
    for (const item of tracked.items) this.count(item.due, entry.file, 1);
  }

  delete(file: string): void {
    const tracked = this.notes.get(file);
    if (!tracked) return;
    this.notes.delete(file);
    for (const item of tracked.items) this.count(item.due, file, -1);
  }

  clear(): void {
    this.notes.clear();
    this.filesByDue.clear();
  }

  private count(due: IsoDate | null, file: string, delta: number): void {
    if (due === null) return;
    let files = this.filesByDue.get(due);
    if (!files) this.filesByDue.set(due, (files = new Map<string, number>()));
    const next = (files.get(file) ?? 0) + delta;
    if (next > 0) files.set(file, next);
    else files.delete(file);
    if (files.size === 0) this.filesByDue.delete(due);
  }

  /** The `limit` most overdue items on `today` and how many are overdue in all. */
  mostOverdue(today: IsoDate, limit: number): MostOverdue {
    const pastDues = [...this.filesByDue.keys()].filter((due) => due < today).sort();
    let total = 0;
    for (const due of pastDues) for (const n of this.filesByDue.get(due)?.values() ?? []) total += n;
    // Whole due dates, earliest first, until the limit is reached: ties on the last date are then
    // ordered by the one overdue order like everything else.
    const candidates: { file: string; rep: string | null; noteDate: IsoDate | null; item: NoteItem }[] = [];
    const daysByDue = new Map<IsoDate, number>();
    for (const due of pastDues) {
      if (candidates.length >= limit) break;
      for (const file of this.filesByDue.get(due)?.keys() ?? []) {
        const note = this.notes.get(file);
        if (!note) continue;
        for (const item of note.items)
          if (item.due === due && isOverdue(item, today))
            candidates.push({ file, rep: note.rep, noteDate: note.noteDate, item });
      }
    }
    const items = candidates
      .sort(compareOverdue)
      .slice(0, Math.max(0, limit))
      .map(({ file, rep, noteDate, item }): OverdueItem => {
        const due = item.due ?? today;
        let days = daysByDue.get(due);
        if (days === undefined) daysByDue.set(due, (days = daysOverdue(item, today) ?? 0));
        return { file, rep, noteDate, item, due, daysOverdue: days };
      });
    return { items, total };
  }
}
