// Overdue follow-ups: open items due strictly before today. "Today" is a calendar date chosen by
// the caller (the local date), so the answer is the same in every time zone.
import { parseIsoDate, toDayNumber } from './dates';
import type { IsoDate, NoteItem, OverdueItem } from './model';
import type { NoteIndex } from './noteIndex';

/** Open and due strictly before `today`: an item due today is not overdue yet. */
export function isOverdue(item: NoteItem, today: IsoDate): item is NoteItem & { readonly due: IsoDate } {
  // Valid `YYYY-MM-DD` strings order like the dates they name.
  return item.status === 'open' && item.due !== null && item.due < today;
}

/** Orders by due date, then file, then line (the CLI's and the overdue view's order). */
export function compareOverdue(a: OverdueItem, b: OverdueItem): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.item.line - b.item.line;
}

/**
 * Every overdue item of the index, sorted by `compareOverdue`. Notes without a valid rep (broken or
 * missing front matter) are included, with rep null: a follow-up is never hidden by a typo.
 */
export function overdueItems(index: NoteIndex, today: IsoDate): OverdueItem[] {
  const todayDate = parseIsoDate(today);
  if (!todayDate) throw new RangeError(`Not a calendar date: ${today}`);
  const todayNumber = toDayNumber(todayDate);
  // Many items share a due date: work out each date's distance once.
  const daysOverdueByDue = new Map<IsoDate, number>();
  const daysOverdue = (due: IsoDate): number => {
    let days = daysOverdueByDue.get(due);
    if (days === undefined) {
      const dueDate = parseIsoDate(due);
      days = dueDate ? todayNumber - toDayNumber(dueDate) : 0;
      daysOverdueByDue.set(due, days);
    }
    return days;
  };
  const result: OverdueItem[] = [];
  for (const entry of index.indexedNotes()) {
    for (const item of entry.openDatedItems) {
      if (!isOverdue(item, today)) continue;
      result.push({
        file: entry.file,
        rep: entry.repName,
        noteDate: entry.note.frontMatter.date,
        item,
        due: item.due,
        daysOverdue: daysOverdue(item.due),
      });
    }
  }
  return result.sort(compareOverdue);
}
