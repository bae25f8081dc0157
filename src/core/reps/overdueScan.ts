// The overdue items of notes read straight from their text, for a one-off question (`coaching-notes
// overdue`): the same front matter reading (fast path first, YAML only when it declines) and the same
// body walk as parseNote, asked only for the items with a due marker, and nothing kept but the rows
// of the overdue ones. No sections, private regions, ranges kept or diagnostics: a note of 10,000
// costs a scan and leaves no garbage behind. Gives exactly what overdueItems gives over an index of
// the same notes parsed in full (test/unit/core/reps/overdueScan.test.ts proves it).
import { parseBody } from '../note/body';
import { readFrontMatter } from '../note/frontMatter';
import type { IsoDate, NoteItem, OverdueItem } from '../note/model';
import { normaliseRepName } from './noteIndex';
import { daysOverdueCounter, isOverdue, sortOverdue } from './overdue';
import { detachedText, splitLines, stripByteOrderMark } from '../base/text';

/** What an overdue list shows of an item. */
export type OverdueRowItem = Pick<NoteItem, 'line' | 'text' | 'kind' | 'owner' | 'status' | 'due'>;

/** One overdue item, as OverdueItem without the parsed item's ranges. */
export interface OverdueRow extends Omit<OverdueItem, 'item'> {
  readonly item: OverdueRowItem;
}

/** Collects the overdue rows of many notes, then gives them in the one overdue order. */
export class OverdueScan {
  private readonly rows: OverdueRow[] = [];
  private readonly daysOverdueOn: (due: IsoDate) => number;

  /** Throws RangeError when `today` is not a calendar date. */
  constructor(private readonly today: IsoDate) {
    this.daysOverdueOn = daysOverdueCounter(today);
  }

  /** Adds the overdue items of one note's text, indexed under `file`. Never throws. */
  addNote(file: string, text: string): void {
    let lines: string[];
    let items: NoteItem[];
    let rep: string | null;
    let noteDate: IsoDate | null;
    try {
      lines = splitLines(stripByteOrderMark(text));
      const head = readFrontMatter(lines);
      items = parseBody(lines, head.bodyStartLine, undefined, 'dated-items').items;
      rep = head.frontMatter.rep;
      noteDate = head.frontMatter.date;
    } catch {
      return; // parseNote turns the same failure into a note without items
    }
    let repKey: string | null | undefined; // the note's rep as the index keys it, once per note
    for (const item of items) {
      if (!isOverdue(item, this.today)) continue;
      if (repKey === undefined) repKey = normaliseRepName(rep);
      this.rows.push({
        file,
        rep: repKey,
        noteDate,
        due: item.due,
        daysOverdue: this.daysOverdueOn(item.due),
        item: {
          line: item.line,
          // Kept until the end of the run: not the whole note with them.
          text: detachedText(item.text),
          kind: item.kind,
          owner: item.owner === null ? null : detachedText(item.owner),
          status: item.status,
          due: item.due,
        },
      });
    }
  }

  /** Every overdue row so far, sorted by compareOverdue. */
  sorted(): OverdueRow[] {
    return sortOverdue(this.rows);
  }
}
