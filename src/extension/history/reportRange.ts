// Date ranges and file names for "Export Progress Report". Pure (no vscode import): unit-tested.
import { addDays, isIsoDate } from '../../core/base/dates';
import type { IsoDate } from '../../core/note/model';
import { repSlug } from '../../core/newNote/newNote';

export interface ReportRange {
  /** Null: from the first note. */
  readonly from: IsoDate | null;
  /** Null: up to today. */
  readonly to: IsoDate | null;
}

export const ALL_TIME: ReportRange = { from: null, to: null };

/** The last `days` days, today included. */
export function lastDays(today: IsoDate, days: number): ReportRange {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** From the first day of `month` (`YYYY-MM`) to today. */
export function sinceMonth(month: string): ReportRange {
  return { from: `${month}-01`, to: null };
}

/** The `count` months up to and including today's, newest first (`YYYY-MM`). */
export function recentMonths(today: IsoDate, count: number): string[] {
  const months: string[] = [];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let index = 0; index < count; index++) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  return months;
}

/** Why `text` is not an acceptable date for a range end, or undefined when it is. */
export function dateProblem(text: string, notBefore: IsoDate | null = null): string | undefined {
  const value = text.trim();
  if (!isIsoDate(value)) return 'Write a calendar date as YYYY-MM-DD.';
  if (notBefore !== null && value < notBefore) return `The end must be on or after the start (${notBefore}).`;
  return undefined;
}

/** `<rep-slug>-progress-<from>-to-<to>` (no extension), the rep's slug as its notes folder has it. */
export function reportBaseName(repName: string, from: IsoDate, to: IsoDate): string {
  return `${repSlug(repName)}-progress-${from}-to-${to}`;
}
