// The per-rep progress history: notes in date order, goals and follow-ups followed across their
// carries, completion per month, 1:1 cadence and recurring themes. Pure: computed from one rep's
// parsed notes, a cadence and "today". Its numbers are the ones every view shows.
import { isIsoDate } from '../base/dates';
import type { IsoDate, ItemKind } from '../note/model';
import { normaliseRepName } from '../reps/noteIndex';
import { cadenceStats } from './cadence';
import { completionByMonth, monthOf, monthsBetween, summariseKind, threadMonth } from './completion';
import { filterForSharing } from './privacy';
import { isPrivateNote } from '../note/privacy';
import { collectThemes } from './themes';
import { compareDatedNotes, finishThread, followThreads, type DatedNote } from './threads';
import type {
  HistoryNote,
  HistoryNoteInput,
  HistoryOptions,
  ItemThread,
  NoteCounts,
  PrivacySummary,
  RepHistory,
  SharedRepHistory,
  UndatedNote,
} from './types';
import { DEFAULT_CADENCE_DAYS } from '../reps/roster';

export type * from './types';
export { completionRate, ratePercent } from './completion';
export { filterForSharing, type SharingFilterResult } from './privacy';
export { normaliseItemText, wordOverlap, SIMILAR_TEXT_THRESHOLD } from './matching';

/**
 * Builds the history of one rep from that rep's notes (the caller selects them).
 *
 * - Notes without a valid date are listed in `undated` and otherwise ignored.
 * - With a range, notes after `range.to` are ignored: the history is as it stood at the end of the
 *   period (`asOf` = the earlier of `today` and `range.to`). Notes before `range.from` still give
 *   items their creation date and carries, but only threads still open at the period's start or
 *   ended within it are listed, and only the period's notes count for cadence, themes and events.
 * - With `forSharing`, private notes, private sections and their items are removed before anything
 *   is computed, exactly as if they had never been written; `privacy` says what was left out.
 *
 * Throws a RangeError for an invalid `today`, range or cadence (a caller's mistake, not a note's).
 */
export function buildRepHistory(
  entries: readonly HistoryNoteInput[],
  options: HistoryOptions & { readonly forSharing: true },
): SharedRepHistory;
export function buildRepHistory(entries: readonly HistoryNoteInput[], options: HistoryOptions): RepHistory;
export function buildRepHistory(entries: readonly HistoryNoteInput[], options: HistoryOptions): RepHistory {
  const { today } = options;
  const cadenceDays = options.cadenceDays ?? DEFAULT_CADENCE_DAYS;
  const from = options.range?.from ?? null;
  const to = options.range?.to ?? null;
  const forSharing = options.forSharing === true;
  validateOptions(today, from, to, cadenceDays);
  const asOf = to !== null && to < today ? to : today;
  const inPeriod = (date: IsoDate) => (from === null || date >= from) && (to === null || date <= to);

  const sharing = filterForSharing(entries);
  const used = forSharing ? sharing.shared : entries;

  const undated: UndatedNote[] = [];
  const dated: DatedNote[] = [];
  for (const { file, note } of used) {
    const date = note.frontMatter.date;
    if (date === null || !isIsoDate(date)) {
      const invalid = note.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-date');
      undated.push({ file, reason: invalid ? 'invalid' : 'missing' });
    } else if (to === null || date <= to) {
      dated.push({ file, date, note });
    }
  }
  dated.sort(compareDatedNotes);
  undated.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const periodNotes = dated.filter((entry) => inPeriod(entry.date));

  const lastNoteDate = periodNotes.length > 0 ? periodNotes[periodNotes.length - 1].date : null;
  const start = from ?? (periodNotes.length > 0 ? periodNotes[0].date : null);
  const end = start === null ? null : [asOf, lastNoteDate ?? asOf, start].reduce((a, b) => (a > b ? a : b));
  const months = start !== null && end !== null ? monthsBetween(monthOf(start), monthOf(end)) : [];
  const firstMonth = start !== null ? monthOf(start) : null;

  const drafts = followThreads(dated);
  const threads: ItemThread[] = drafts
    .map((draft) => finishThread(draft, asOf))
    .filter((thread) => from === null || thread.ended === null || thread.ended >= from)
    .map((thread) => ({ ...thread, month: threadMonth(thread, firstMonth) }));

  const createdByNote = new Map<string, number>();
  for (const draft of drafts) {
    const first = draft.occurrences[0];
    createdByNote.set(first.file, (createdByNote.get(first.file) ?? 0) + 1);
  }
  const notes: HistoryNote[] = periodNotes.map(({ file, date, note }) => ({
    file,
    date,
    type: note.frontMatter.type,
    coach: note.frontMatter.coach,
    next: note.frontMatter.next,
    tags: note.frontMatter.tags,
    private: isPrivateNote(note),
    counts: countItems(note.items, createdByNote.get(file) ?? 0),
  }));

  const byMonth = (kind: ItemKind) => completionByMonth(threads, kind, months, notes, start);
  const followUpsByMonth = byMonth('follow-up');
  const goalsByMonth = byMonth('goal');
  const latest = periodNotes.length > 0 ? periodNotes[periodNotes.length - 1] : null;

  return {
    rep: options.rep ?? repName(periodNotes) ?? repName(dated) ?? null,
    today,
    asOf,
    range: { from, to },
    period: { start, end },
    cadenceDays,
    forSharing,
    notes,
    undated,
    threads,
    followUpsByMonth,
    goalsByMonth,
    summary: {
      notes: notes.length,
      goals: summariseKind(goalsByMonth, threads, 'goal'),
      followUps: summariseKind(followUpsByMonth, threads, 'follow-up'),
    },
    cadence: cadenceStats({
      dates: periodNotes.map((entry) => entry.date),
      latestNext: latest?.note.frontMatter.next ?? null,
      cadenceDays,
      asOf,
    }),
    themes: collectThemes(periodNotes),
    privacy: privacySummary(sharing, inPeriod, forSharing),
  };
}

function validateOptions(
  today: IsoDate,
  from: IsoDate | null,
  to: IsoDate | null,
  cadenceDays: number,
): void {
  if (!isIsoDate(today)) throw new RangeError(`today is not a calendar date: ${JSON.stringify(today)}`);
  if (from !== null && !isIsoDate(from))
    throw new RangeError(`range.from is not a calendar date: ${JSON.stringify(from)}`);
  if (to !== null && !isIsoDate(to))
    throw new RangeError(`range.to is not a calendar date: ${JSON.stringify(to)}`);
  if (from !== null && to !== null && from > to)
    throw new RangeError(`range.from ${from} is after range.to ${to}`);
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1) {
    throw new RangeError(`cadenceDays must be a whole number of days, at least 1: ${cadenceDays}`);
  }
}

function countItems(items: DatedNote['note']['items'], created: number): NoteCounts {
  const count = (test: (item: DatedNote['note']['items'][number]) => boolean) => items.filter(test).length;
  return {
    items: items.length,
    goals: count((item) => item.kind === 'goal'),
    followUps: count((item) => item.kind === 'follow-up'),
    open: count((item) => item.status === 'open'),
    done: count((item) => item.status === 'done'),
    cancelled: count((item) => item.status === 'cancelled'),
    carried: count((item) => item.status === 'carried'),
    created,
  };
}

/** The `rep` of the latest note that names one, as the index shows it (normaliseRepName). */
function repName(notes: readonly DatedNote[]): string | null {
  for (let index = notes.length - 1; index >= 0; index--) {
    const rep = normaliseRepName(notes[index].note.frontMatter.rep);
    if (rep !== null) return rep;
  }
  return null;
}

function privacySummary(
  sharing: ReturnType<typeof filterForSharing>,
  inPeriod: (date: IsoDate) => boolean,
  omitted: boolean,
): PrivacySummary {
  // A private note whose date cannot be read may belong to any period: it counts as withheld.
  const notes = sharing.privateNotes.filter((note) => note.date === null || inPeriod(note.date));
  // A shared note without a date is in no period, and neither are its private parts.
  const parts = sharing.privateParts.filter((part) => part.date !== null && inPeriod(part.date));
  return {
    omitted,
    privateNotes: notes.length,
    privateSections: parts.reduce((sum, part) => sum + part.regions, 0),
    privateItems:
      notes.reduce((sum, note) => sum + note.items, 0) + parts.reduce((sum, part) => sum + part.items, 0),
  };
}
