// Follows goals and follow-ups across a rep's notes. An item marked `[>]` (carried) in one note is
// continued by the matching item of a later note of the rep (usually the next one, but a skip-level
// or a private note in between does not break the chain); a carry that no later note continues is
// "dropped" and reported, dated from the first note that missed it, so no item is silently lost.
import { daysBetween } from '../base/dates';
import type { IsoDate, ParsedNote } from '../note/model';
import { compareOverdue, daysOverdue, isOverdue, type OverdueOrderKey } from '../reps/overdue';
import { itemWords, matchCarried, normaliseItemText, type MatchCandidate } from './matching';
import { isPrivateItem } from '../note/privacy';
import type { ItemOccurrence, ItemThread, NoteRef, ThreadState } from './types';

export interface DatedNote {
  readonly file: string;
  readonly date: IsoDate;
  readonly note: ParsedNote;
}

export interface ThreadDraft {
  readonly occurrences: ItemOccurrence[];
  /** Set when the last occurrence is a carry that the notes after it (so far) do not continue. */
  missingFrom: NoteRef | null;
}

/** Oldest first, ties by file name (compared by code unit, so the order is the same everywhere). */
export function compareDatedNotes(a: DatedNote, b: DatedNote): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Threads in order of their first occurrence; `notes` must be sorted with `compareDatedNotes`. */
export function followThreads(notes: readonly DatedNote[]): ThreadDraft[] {
  const threads: ThreadDraft[] = [];
  let awaiting: { thread: ThreadDraft; candidate: MatchCandidate }[] = [];
  for (const { file, date, note } of notes) {
    const candidates = note.items.map((item) => candidateFor(item.text));
    const continued = new Map<number, { thread: ThreadDraft; link: 'same-text' | 'similar-text' }>();
    const matches = matchCarried(
      awaiting.map((entry) => entry.candidate),
      candidates,
    );
    const matchedCarries = new Set<number>();
    for (const match of matches) {
      continued.set(match.item, { thread: awaiting[match.carried].thread, link: match.link });
      matchedCarries.add(match.carried);
    }
    const stillAwaiting = awaiting.filter((entry, index) => {
      if (matchedCarries.has(index)) {
        entry.thread.missingFrom = null;
        return false;
      }
      entry.thread.missingFrom ??= { file, date };
      return true;
    });

    awaiting = stillAwaiting;
    note.items.forEach((item, index) => {
      const previous = continued.get(index);
      const occurrence: ItemOccurrence = {
        file,
        date,
        line: item.line,
        status: item.status,
        text: item.text,
        due: item.due,
        owner: item.owner,
        kind: item.kind,
        link: previous?.link ?? 'new',
        private: isPrivateItem(note, item),
        ...(note.sections[item.section]?.kind === 'stakeholders' ? { stakeholderCommitment: true } : {}),
      };
      let thread = previous?.thread;
      if (thread) thread.occurrences.push(occurrence);
      else {
        thread = { occurrences: [occurrence], missingFrom: null };
        threads.push(thread);
      }
      if (item.status === 'carried') awaiting.push({ thread, candidate: candidates[index] });
    });
  }
  return threads;
}

function candidateFor(text: string): MatchCandidate {
  const normalised = normaliseItemText(text);
  return { normalised, words: itemWords(normalised) };
}

/** The thread's state and numbers as of `asOf`; `month` is filled in by the caller. */
export function finishThread(draft: ThreadDraft, asOf: IsoDate): Omit<ItemThread, 'month'> {
  const { occurrences, missingFrom } = draft;
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  let state: ThreadState;
  let ended: IsoDate | null = null;
  if (missingFrom !== null) {
    // Its outcome is known when the next note turns out not to continue it.
    state = 'dropped';
    ended = missingFrom.date;
  } else if (last.status === 'done' || last.status === 'cancelled') {
    state = last.status;
    ended = last.date;
  } else {
    // Only an open item can be overdue (format v1): one carried `[>]` waits for the next note.
    state = isOverdue(last, asOf) ? 'overdue' : 'open';
  }
  return {
    id: `${first.file}:${first.line}`,
    kind: last.kind,
    text: last.text,
    state,
    created: first.date,
    ended,
    lastSeen: last.date,
    // A note dated after `asOf` (written ahead of a meeting) never gives a negative age.
    ageDays: Math.max(0, daysBetween(first.date, ended ?? asOf)),
    timesCarried: occurrences.filter((occurrence) => occurrence.status === 'carried').length,
    due: last.due,
    firstDue: first.due,
    daysOverdue: state === 'overdue' ? daysOverdue(last, asOf) : null,
    owner: last.owner,
    awaitingCarry: missingFrom === null && last.status === 'carried',
    missingFrom,
    occurrences,
  };
}

type OverdueThreadKey = Pick<ItemThread, 'due' | 'occurrences'>;

/**
 * Overdue threads of one rep in the order of every overdue list (compareOverdue), each where it
 * stands now: its latest occurrence's due date, file and line.
 */
export function compareOverdueThreads(a: OverdueThreadKey, b: OverdueThreadKey): number {
  return compareOverdue(overdueOrderKey(a), overdueOrderKey(b));
}

/** By due date (undated last), then by when the item was agreed. */
export function compareThreadsByDue(a: ItemThread, b: ItemThread): number {
  return (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || a.created.localeCompare(b.created);
}

/**
 * The order of a list of what is open now (the history page's "Open now", the brief's goals):
 * overdue threads first in the overdue order (compareOverdueThreads), then open ones by due date.
 */
export function compareOpenThreads(a: ItemThread, b: ItemThread): number {
  const aOverdue = a.state === 'overdue';
  if (aOverdue !== (b.state === 'overdue')) return aOverdue ? -1 : 1;
  return aOverdue ? compareOverdueThreads(a, b) : compareThreadsByDue(a, b);
}

function overdueOrderKey(thread: OverdueThreadKey): OverdueOrderKey {
  const latest = thread.occurrences[thread.occurrences.length - 1];
  return { file: latest.file, item: { due: thread.due, line: latest.line } };
}
