// Completion numbers, per calendar month and for the whole period, from the same thread list so
// the month rows always add up to the period's summary.
import type { IsoDate, ItemKind } from '../note/model';
import type { HistoryNote, ItemThread, KindSummary, MonthCompletion } from './types';

interface OutcomeCounts {
  readonly done: number;
  readonly cancelled: number;
  readonly dropped: number;
  readonly overdue: number;
}

/**
 * Completion rate = done / (done + cancelled + dropped + overdue).
 *
 * The denominator holds the items whose outcome is decided: finished either way (done, cancelled),
 * lost on the way (carried but missing from the next note), or late (open past their due date).
 * Items still open and not yet due, or open without a due date, are not counted: they can still be
 * done on time. Null when nothing was decided.
 */
export function completionRate(counts: OutcomeCounts): number | null {
  const decided = counts.done + counts.cancelled + counts.dropped + counts.overdue;
  return decided === 0 ? null : counts.done / decided;
}

/** A rate as a whole percentage, rounded half up (2/3 -> 67). */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Every `YYYY-MM` from `first` to `last` inclusive (empty when `first` is later). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/** The month whose row counts a thread: when its outcome became known, never before the period. */
export function threadMonth(
  thread: Pick<ItemThread, 'ended' | 'lastSeen'>,
  firstMonth: string | null,
): string {
  const month = monthOf(thread.ended ?? thread.lastSeen);
  return firstMonth !== null && month < firstMonth ? firstMonth : month;
}

interface MutableCounts {
  created: number;
  carried: number;
  done: number;
  cancelled: number;
  dropped: number;
  open: number;
  overdue: number;
}

function emptyCounts(): MutableCounts {
  return { created: 0, carried: 0, done: 0, cancelled: 0, dropped: 0, open: 0, overdue: 0 };
}

function addThread(counts: MutableCounts, thread: ItemThread): void {
  counts[thread.state]++;
}

/**
 * One row per month of `months` for threads of `kind`. `created` and `carried` count only events
 * dated on or after `periodStart`.
 */
export function completionByMonth(
  threads: readonly ItemThread[],
  kind: ItemKind,
  months: readonly string[],
  notes: readonly HistoryNote[],
  periodStart: IsoDate | null,
): MonthCompletion[] {
  const rows = new Map<string, MutableCounts>(months.map((month) => [month, emptyCounts()]));
  const inPeriod = (date: IsoDate) => periodStart === null || date >= periodStart;
  for (const thread of threads) {
    if (thread.kind !== kind) continue;
    const outcomeRow = rows.get(thread.month);
    if (outcomeRow) addThread(outcomeRow, thread);
    if (inPeriod(thread.created)) {
      const createdRow = rows.get(monthOf(thread.created));
      if (createdRow) createdRow.created++;
    }
    for (const occurrence of thread.occurrences) {
      if (occurrence.status !== 'carried' || !inPeriod(occurrence.date)) continue;
      const carriedRow = rows.get(monthOf(occurrence.date));
      if (carriedRow) carriedRow.carried++;
    }
  }
  const notesByMonth = new Map<string, number>();
  for (const note of notes)
    notesByMonth.set(monthOf(note.date), (notesByMonth.get(monthOf(note.date)) ?? 0) + 1);
  return months.map((month) => {
    const counts = rows.get(month) ?? emptyCounts();
    const rate = completionRate(counts);
    return {
      month,
      notes: notesByMonth.get(month) ?? 0,
      ...counts,
      completionRate: rate,
      completionPercent: ratePercent(rate),
    };
  });
}

/** The period's totals for one kind: the sum of its month rows. */
export function summariseKind(
  rows: readonly MonthCompletion[],
  threads: readonly ItemThread[],
  kind: ItemKind,
): KindSummary {
  const counts = emptyCounts();
  for (const row of rows) {
    counts.created += row.created;
    counts.carried += row.carried;
    counts.done += row.done;
    counts.cancelled += row.cancelled;
    counts.dropped += row.dropped;
    counts.open += row.open;
    counts.overdue += row.overdue;
  }
  const rate = completionRate(counts);
  return {
    total: threads.filter((thread) => thread.kind === kind).length,
    ...counts,
    completionRate: rate,
    completionPercent: ratePercent(rate),
  };
}
